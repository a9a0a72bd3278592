# Sourced by ./mvnw before anything else: makes JAVA_HOME a JDK 25 or newer, so the README's two
# commands work on a machine whose plain `java` is older and where JAVA_HOME is unset.
#
# Order: JAVA_HOME if it already is 25+, then the `java` on the PATH, then the places JDKs are
# installed by packages and installers (newest first). Nothing found: one sentence, exit 1.
# Why the wrapper and not Maven toolchains: toolchains only reach toolchain-aware plugins, and Maven
# would still run on the old Java (the javafx plugin, jpackage and the benchmark harness too); here
# everything runs on the same JDK. See README, "Two commands".

cf_java_feature() { # prints the feature version (17, 21, 25…) of the JDK in folder $1, or nothing
  if [ -f "$1/release" ]; then # every JDK since 9 says JAVA_VERSION="25.0.1" there; 8 says "1.8.0_…"
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

cf_find_jdk() {
  cf_needed=25
  if [ -n "${JAVA_HOME-}" ]; then
    cf_v=$(cf_java_feature "$JAVA_HOME")
    if [ -n "$cf_v" ] && [ "$cf_v" -ge "$cf_needed" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
      return 0
    fi
    cf_was="JAVA_HOME ($JAVA_HOME) is Java ${cf_v:-unknown}"
  else
    cf_was="JAVA_HOME is not set"
  fi
  cf_best="" cf_best_v=0 cf_path_home=""
  cf_path_java=$(command -v java 2>/dev/null || true)
  if [ -n "$cf_path_java" ]; then
    cf_path_home=$(dirname "$(dirname "$(readlink -f "$cf_path_java" 2>/dev/null || printf %s "$cf_path_java")")")
    set -- "$cf_path_home"
  else
    set --
  fi
  # shellcheck disable=SC2039 # globbing is off in mvnw (set -f); switch it on for the candidates
  set +f
  for cf_home in "$@" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$cf_home/bin/javac" ] || continue
    cf_v=$(cf_java_feature "$cf_home")
    if [ -n "$cf_v" ] && [ "$cf_v" -ge "$cf_needed" ] && [ "$cf_v" -gt "$cf_best_v" ]; then
      cf_best=$cf_home cf_best_v=$cf_v
    fi
  done
  set -f
  if [ -z "$cf_best" ]; then
    cf_path_v=$(cf_java_feature "${cf_path_home:-/nonexistent}")
    echo "Collateral Finder needs a JDK $cf_needed or newer to build and run, and none was found ($cf_was; the java on the PATH is ${cf_path_v:+Java }${cf_path_v:-missing}): install one (for example Temurin 25 from https://adoptium.net, or your system's temurin-25-jdk or openjdk-25-jdk package) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$cf_best
  export JAVA_HOME
  [ "${MVNW_VERBOSE-}" != true ] || echo "mvnw: $cf_was; using the JDK $cf_best_v in $JAVA_HOME" >&2
}

cf_find_jdk
# JDK 24+ warns about sun.misc.Unsafe used by Maven's own libraries (Guice, Guava): silence it.
case " ${MAVEN_OPTS-} " in
*sun-misc-unsafe-memory-access*) ;;
*) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
esac
