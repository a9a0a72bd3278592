package org.collateralfinder.app;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where a view model's work runs and where its failures go, the three things every view model is
 * given: work that may wait (reading the index, the database, the disk) runs on {@code background},
 * its results are shown on {@code ui} (the FX thread in the window, the caller's thread in tests), and
 * a failure becomes a {@link UserError} handed to {@code errors} on {@code ui}.
 */
public record UiWork(Executor background, Executor ui, Consumer<UserError> errors) {
}
