# Sourced by ./mvnw after find-jdk.sh: file names with accents, Arabic or emoji need a UTF-8 locale for
# Java to map them (sun.jnu.encoding follows the locale; under the POSIX "C" locale such a name throws
# InvalidPathException). Desktops have one; a bare server or container may not: there the build and the
# app it starts use C.UTF-8, which every current glibc has built in. A UTF-8 locale already set is kept.
cf_charmap=$(LC_ALL="${LC_ALL-}" locale charmap 2>/dev/null || true)
if [ "$cf_charmap" != "UTF-8" ]; then
  export LC_ALL=C.UTF-8
fi
unset cf_charmap
