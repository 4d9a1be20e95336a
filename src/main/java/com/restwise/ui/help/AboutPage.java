package com.restwise.ui.help;

import com.restwise.AppVersion;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The app's version, its licence and the licences of what it is built on, each readable in
 * full. Reached from the welcome page; Back returns to the page it was opened from.
 */
public final class AboutPage {

    /** Something Restwise ships, and where its licence text is among the jar's resources. */
    record Component(String name, String licence, String resource) {}

    static final List<Component> COMPONENTS = List.of(
            new Component("Restwise", "MIT", "/assets/licenses/LICENSE"),
            new Component(
                    "OpenJDK 17",
                    "GPL v2 + Classpath Exception",
                    "/assets/licenses/GPL-2.0-with-Classpath-exception.txt"),
            new Component(
                    "OpenJFX (JavaFX) 21",
                    "GPL v2 + Classpath Exception",
                    "/assets/licenses/GPL-2.0-with-Classpath-exception.txt"),
            new Component("ControlsFX", "BSD 3-Clause", "/assets/licenses/BSD-3-Clause-ControlsFX.txt"),
            new Component("AtlantaFX", "MIT", "/assets/licenses/MIT-AtlantaFX.txt"),
            new Component("Gson", "Apache 2.0", "/assets/licenses/Apache-2.0.txt"),
            new Component("Apache PDFBox", "Apache 2.0", "/assets/licenses/Apache-2.0.txt"),
            new Component("sqlite-jdbc", "Apache 2.0", "/assets/licenses/Apache-2.0.txt"),
            new Component("DejaVu Sans", "Bitstream Vera / DejaVu", "/assets/fonts/DejaVu-LICENSE.txt"),
            new Component("", "", "/assets/licenses/THIRD-PARTY.txt"));

    private AboutPage() {}

    public static void show(Scene scene, I18n i18n) {
        Parent previous = scene.getRoot();
        Label title = QuestionControls.title(i18n.get("about.title"));
        title.getStyleClass().add("title-1");
        Label version = new Label(i18n.get("about.version", AppVersion.app(), AppVersion.engine()));
        version.setId("about-version");
        Label licence = new Label(i18n.get("about.licence"));
        licence.setWrapText(true);
        Label builtOn = new Label(i18n.get("about.built-on"));
        builtOn.setWrapText(true);

        TextArea text = new TextArea(read(COMPONENTS.get(0).resource()));
        text.setId("about-licence-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(14);
        VBox.setVgrow(text, Priority.ALWAYS);
        FlowPane links = new FlowPane(12, 6);
        for (Component c : COMPONENTS) {
            Hyperlink link =
                    new Hyperlink(c.name().isEmpty() ? i18n.get("about.notices") : c.name() + " (" + c.licence() + ")");
            link.setOnAction(e -> text.setText(read(c.resource())));
            links.getChildren().add(link);
        }

        Button back = new Button(i18n.get("about.back"));
        back.setId("about-back");
        back.setCancelButton(true);
        back.setOnAction(e -> scene.setRoot(previous));

        // the licence text gives up height first: the sentences above it stay whole at any text size
        for (Region r : List.of(title, version, licence, builtOn, links)) {
            r.setMinHeight(Region.USE_PREF_SIZE);
        }
        text.setMinHeight(0);
        VBox page = new VBox(14, title, version, licence, builtOn, links, text, back);
        page.getStyleClass().add("page");
        page.setId("about-page");
        // the same text size as the page it came from
        previous.getStyleClass().stream()
                .filter(s -> s.startsWith("text-size-"))
                .forEach(page.getStyleClass()::add);
        scene.setRoot(page);
    }

    static String read(String resource) {
        try (InputStream in = AboutPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build left out " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
