package org.collateralfinder.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path tmp;

    /** Holds the lock of the data folder given as argument until killed. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            DataDirectory dir = DataDirectory.open(Path.of(args[0]));
            InstanceLock.acquire(dir, "test");
            System.out.println("LOCKED");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void aSecondInstanceIsToldWhoHoldsTheDataFolder() throws Exception {
        DataDirectory dir = DataDirectory.open(tmp.resolve("data"));
        Process holder = ChildJvm.start(HoldLock.class, dir.root().toString());
        try {
            BufferedReader out = ChildJvm.stdout(holder);
            ChildJvm.awaitLine(out, "LOCKED");
            assertThatThrownBy(() -> InstanceLock.acquire(dir, "index"))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Collateral Finder is already running with the data folder " + dir.root()
                            + " (process " + holder.pid() + "); close it before you index.");
        } finally {
            holder.destroyForcibly(); // a crash: SIGKILL, no clean-up
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        try (InstanceLock lock = InstanceLock.acquire(dir, "index")) {
            assertThat(lock).isNotNull(); // the stale lock of the killed process is gone by itself
        }
    }

    @Test
    void theLockIsFreeAgainAfterClose() {
        DataDirectory dir = DataDirectory.open(tmp.resolve("data"));
        InstanceLock.acquire(dir, "index").close();
        try (InstanceLock again = InstanceLock.acquire(dir, "index")) {
            assertThatThrownBy(() -> InstanceLock.acquire(dir, "open the window"))
                    .hasMessageEndingWith("; close it before you open the window.");
        }
    }
}
