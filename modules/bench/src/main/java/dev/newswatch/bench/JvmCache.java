package dev.newswatch.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM start-up cache of the soak's child processes, one file per command, named as the launcher
 * ({@code bin/find-java.sh}, {@code newswatch_jvm_cache_flags}) names its own: command, JDK build, the
 * time and size of the first class-path entry. On JDK 25+ it is an AOT cache, written when a process
 * started with {@code -XX:AOTCacheOutput} ends cleanly and mapped with {@code -XX:AOTCache}; on 21-24 a
 * dynamic CDS archive ({@code -XX:+AutoCreateSharedArchive}), which the JVM writes and reuses by itself.
 * A killed process writes nothing, which is why the soak trains the cache in a short run of its own first.
 * The JVM's cache logging is cut to errors: it warns about every class it cannot archive, all harmless.
 */
final class JvmCache {

  /** The JVM's cache logging cut to errors (JDK 25+: its AOT tags too). */
  private static final String QUIET_AOT = "-Xlog:aot*=error";
  private static final String QUIET_CDS = "-Xlog:cds*=error";

  private final Path dir;
  private final int feature;
  private final String runtimeVersion;
  private final long mtimeSeconds;
  private final long size;

  /**
   * @param dir       where the files live, or null for no cache
   * @param classPath the child processes' class path (its first entry names the cache)
   */
  JvmCache(Path dir, String classPath) {
    this(dir, classPath, Runtime.version().feature(), System.getProperty("java.runtime.version", ""));
  }

  JvmCache(Path dir, String classPath, int feature, String runtimeVersion) {
    this.feature = feature;
    this.runtimeVersion = runtimeVersion;
    long m = -1;
    long n = -1;
    try {
      Path jar = Path.of(classPath.split(File.pathSeparator)[0]);
      if (dir != null && Files.isRegularFile(jar)) {
        m = Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS);
        n = Files.size(jar);
      }
    } catch (IOException | RuntimeException e) {
      m = -1;
    }
    this.mtimeSeconds = m;
    this.size = n;
    this.dir = m < 0 || feature < 21 ? null : dir;
  }

  boolean enabled() {
    return dir != null;
  }

  /** The file name of {@code command}'s cache: the launcher's rule, every other character an underscore. */
  static String key(String command, String runtimeVersion, long mtimeSeconds, long size) {
    return (command + "-jdk" + runtimeVersion + "-" + mtimeSeconds + "-" + size).replaceAll("[^A-Za-z0-9._-]", "_");
  }

  Path file(String command) {
    return dir.resolve(key(command, runtimeVersion, mtimeSeconds, size) + (feature >= 25 ? ".aot" : ".jsa"));
  }

  /** Whether {@code command} has a cache a start can map. */
  boolean has(String command) {
    return enabled() && Files.isRegularFile(file(command));
  }

  /** Flags that map {@code command}'s cache (none when there is none yet on JDK 25+). */
  List<String> use(String command) {
    if (!enabled()) {
      return List.of();
    }
    if (feature >= 25) {
      return has(command) ? withQuiet25("-XX:AOTCache=" + file(command)) : List.of();
    }
    return dynamicArchive(file(command));
  }

  /** Flags for a run that writes {@code command}'s cache when it ends cleanly; older files of it are removed. */
  List<String> train(String command) throws IOException {
    if (!enabled()) {
      return List.of();
    }
    Files.createDirectories(dir);
    Path target = file(command);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, command + "-jdk*")) {
      for (Path p : old) {
        if (!p.equals(target)) {
          Files.deleteIfExists(p);
        }
      }
    }
    if (feature >= 25) {
      Files.deleteIfExists(target);
      return withQuiet25("-XX:AOTCacheOutput=" + target);
    }
    return dynamicArchive(target);
  }

  private static List<String> withQuiet25(String flag) {
    return List.of(flag, QUIET_AOT, QUIET_CDS);
  }

  /** JDK 21-24: the JVM writes the archive when missing or stale and maps it otherwise, by itself. */
  private static List<String> dynamicArchive(Path file) {
    return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + file, QUIET_CDS);
  }

  Path dir() {
    return dir;
  }
}
