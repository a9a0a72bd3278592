#!/bin/sh
# The command line of Collateral Finder (Linux): the same runtime, jar, JVM options and AOT cache as
# bin/CollateralFinder, without the native launcher's two package-manager look-ups (rpm -qf, dpkg -S)
# at every start. Keep the options in step with app-image.args: the AOT cache is only used with the
# options it was trained with. Link it into the PATH: ln -s /opt/collateral-finder/bin/collateral-finder /usr/local/bin/
here=$(dirname "$(readlink -f "$0")")
app="$here/../lib/app"
exec "$here/../lib/runtime/bin/java" -Djpackage.app-version=${app.version.numeric} -Djpackage.app-path="$here/collateral-finder" \
  -XX:AOTCache="$app/collateral-finder.aot" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -Xmx768m -XX:G1PeriodicGCInterval=30000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 \
  -Xlog:disable -Xlog:all=warning:stderr \
  -cp "$app/${project.build.finalName}.jar" ${main.class} "$@"
