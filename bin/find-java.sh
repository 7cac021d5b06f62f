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

# JVM start-up cache for the long-running commands (run, poller, pipeline, alerts, broker): the classes a
# service loads and links while it starts, saved when it stops cleanly and mapped at the next start, which
# then takes about half as long (docs/operations.md, "Start-up cache"). JDK 25+: an AOT cache
# (-XX:AOTCacheOutput on the first run, -XX:AOTCache after); JDK 21-24: a dynamic CDS archive
# (-XX:+AutoCreateSharedArchive). One file per command, named after the JDK build and the jar's time and
# size, so a rebuilt jar or another JDK starts a new one and the stale one is removed.
# NEWSWATCH_JVM_CACHE=off disables it; NEWSWATCH_JVM_CACHE_DIR moves it (default data/jvm-cache in the
# checkout). Usage: newswatch_jvm_cache_flags JAR DEFAULT_DIR COMMAND ARGS...; prints the flags, or nothing
# (other commands, --help and --version, which would only teach it a start that does nothing).
newswatch_jvm_cache_flags() {
  local jar=$1 dir=${NEWSWATCH_JVM_CACHE_DIR:-$2} command=${3:-} arg major runtime stamp key
  shift 2
  case "$command" in run | poller | pipeline | alerts | broker) ;; *) return 0 ;; esac
  for arg in "$@"; do
    case "$arg" in -h | --help | -V | --version) return 0 ;; esac
  done
  [ "${NEWSWATCH_JVM_CACHE:-on}" != "off" ] || return 0
  # The JVM writes a cache with a few plain lines on the console at exit, which would break a console that
  # must carry only JSON log events.
  [ "${NEWSWATCH_LOG_FORMAT:-text}" != "json" ] || return 0
  mkdir -p "$dir" 2>/dev/null || return 0
  [ -w "$dir" ] || return 0
  major=$(newswatch_java_major "$JAVA_HOME/bin/java")
  runtime=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$JAVA_HOME/release" 2>/dev/null | head -n 1)
  [ -n "$runtime" ] || runtime=$major
  stamp=$(stat -c '%Y-%s' "$jar" 2>/dev/null) || return 0
  key=$(printf '%s-jdk%s-%s' "$command" "$runtime" "$stamp" | tr -c 'A-Za-z0-9._\n-' '_')
  if [ -n "$major" ] && [ "$major" -ge 25 ]; then
    # Errors only: the JVM warns about every class it cannot archive, dozens of lines, all harmless.
    if [ -f "$dir/$key.aot" ]; then
      echo "-XX:AOTCache=$dir/$key.aot -Xlog:aot*=error -Xlog:cds*=error"
    else
      find "$dir" -maxdepth 1 -name "$command-jdk*" ! -name "$key.*" -delete 2>/dev/null || true
      echo "-XX:AOTCacheOutput=$dir/$key.aot -Xlog:aot*=error -Xlog:cds*=error"
    fi
  elif [ -n "$major" ] && [ "$major" -ge 21 ]; then
    find "$dir" -maxdepth 1 -name "$command-jdk*" ! -name "$key.*" -delete 2>/dev/null || true
    echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$dir/$key.jsa -Xlog:cds*=error"
  fi
}
