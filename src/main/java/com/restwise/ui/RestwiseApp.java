package com.restwise.ui;

import com.restwise.storage.DataDirectory;
import com.restwise.storage.Settings;
import com.restwise.storage.SettingsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: one window titled "Restwise". */
public class RestwiseApp extends Application {

    public static final String TITLE = "Restwise";
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 680;

    @Override
    public void start(Stage stage) {
        Path dataDir = DataDirectory.resolve(getParameters().getNamed().get("data-dir"));
        SettingsStore settingsStore = new SettingsStore(dataDir, Locale.getDefault());
        Settings settings = settingsStore.load();
        String problem = null;
        try {
            DataDirectory.prepare(dataDir);
            settingsStore.save(settings);
        } catch (IOException e) {
            problem = "Restwise cannot write to " + dataDir + " (" + e.getMessage()
                    + "); your answers will not be kept after you close the app.";
        }
        StartPage page = new StartPage(settingsStore.notice().orElse(problem));
        Scene scene = new Scene(page.root(), 1100, 760);
        stage.setTitle(TITLE);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();
    }
}
