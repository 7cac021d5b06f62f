# Sourced by ./newswatch, ./mvnw and .ci/run: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME, then every JDK under /usr/lib/jvm (newest first; NEWSWATCH_JDK_DIR names another
# directory to search). The default `java` on PATH is not trusted because on Debian it is often 17.

newswatch_java_major() {
  # Prints the feature version of the java binary given as $1 ("17", "21", "25"), or nothing.
  local v
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  case "$v" in
    1.*) echo "${v#1.}" | cut -d. -f1 ;;
    *) echo "$v" | cut -d. -f1 ;;
  esac
}

newswatch_find_java() {
  local need=21 candidate major jdk_dir="${NEWSWATCH_JDK_DIR:-/usr/lib/jvm}"
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(newswatch_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$need" ]; then
      export JAVA_HOME
      return 0
    fi
    echo "newswatch: JAVA_HOME=$JAVA_HOME is Java ${major:-unknown}; looking for a JDK >= $need under $jdk_dir" >&2
  fi
  for candidate in $(ls -d "$jdk_dir"/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(newswatch_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$need" ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  cat >&2 <<MSG
newswatch: no JDK $need or newer found.
  Checked JAVA_HOME (${JAVA_HOME:-unset}) and $jdk_dir/*.
  Install one (for example Debian's openjdk-21-jdk or a Temurin 21+ build) and either put it under
  $jdk_dir or set JAVA_HOME to it.
MSG
  return 1
}

# JVM flags Kafka needs on JDK 24+ (sun.misc.Unsafe and native access are restricted there).
newswatch_java_flags() {
  local major
  major=$(newswatch_java_major "$JAVA_HOME/bin/java")
  if [ -n "$major" ] && [ "$major" -ge 24 ]; then
    echo "--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
  fi
}
