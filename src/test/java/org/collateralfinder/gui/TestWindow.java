package org.collateralfinder.gui;

import javafx.stage.Stage;
import org.collateralfinder.app.WindowSettings;

/** The main window as the app builds it (light theme, default layout), shown on a test's stage and started. */
record TestWindow(MainViewModel vm, MainView view) {

    static TestWindow show(Stage stage, AppContext context, double width, double height) {
        DesktopApp.applyTheme(false);
        MainViewModel vm = new MainViewModel(context, false);
        DesktopApp.watchWindowThread(vm);
        MainView view = new MainView(vm, WindowSettings.defaults().dividers());
        stage.setScene(DesktopApp.sceneFor(view, width, height));
        ClosingGuard.install(stage, vm.feedback());
        stage.show();
        vm.start("");
        return new TestWindow(vm, view);
    }
}
