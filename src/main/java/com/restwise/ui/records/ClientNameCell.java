package com.restwise.ui.records;

import com.restwise.records.Client;
import com.restwise.ui.common.ShownName;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * A client in the records' list, by name. A long name takes a second line: the theme gives list
 * cells a fixed height of one line (-fx-cell-size), which would cut it with an ellipsis.
 */
final class ClientNameCell extends ListCell<Client> {

    /** Who created the client and when, for a name several clients share; null for the others. */
    private final java.util.function.Function<Client, String> origin;

    ClientNameCell(java.util.function.Function<Client, String> origin) {
        this.origin = origin;
        setWrapText(true);
        setPrefWidth(0); // as wide as the list, never wider: no sideways scroll bar
    }

    @Override
    protected void updateItem(Client c, boolean empty) {
        super.updateItem(c, empty);
        String from = empty || c == null ? null : origin.apply(c);
        setText(
                empty || c == null
                        ? null
                        : from == null ? ShownName.of(c.name()) : ShownName.of(c.name()) + "\n" + from);
        setAccessibleText(empty || c == null ? null : c.name());
    }

    @Override
    protected double computePrefHeight(double width) {
        double oneLine = super.computePrefHeight(width);
        if (getText() == null || width <= 0) {
            return oneLine;
        }
        Text wrapped = new Text(getText());
        wrapped.setFont(getFont());
        wrapped.setWrappingWidth(width - snappedLeftInset() - snappedRightInset());
        Text line = new Text("X");
        line.setFont(getFont());
        return oneLine
                + wrapped.getLayoutBounds().getHeight()
                - line.getLayoutBounds().getHeight();
    }
}
