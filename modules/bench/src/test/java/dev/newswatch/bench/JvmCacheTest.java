package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmCacheTest {

  @TempDir
  Path tmp;

  private Path jar() throws Exception {
    Path jar = tmp.resolve("app.jar");
    Files.write(jar, new byte[1234]);
    Files.setLastModifiedTime(jar, FileTime.from(Instant.ofEpochSecond(1_700_000_000L)));
    return jar;
  }

  @Test
  void theNameCarriesTheCommandTheJdkBuildAndTheJar() {
    assertThat(JvmCache.key("pipeline", "25.0.3+9-LTS", 1_700_000_000L, 1234))
        .isEqualTo("pipeline-jdk25.0.3_9-LTS-1700000000-1234");
  }

  @Test
  void jdk25TrainsAnAotCacheThenMapsIt() throws Exception {
    Path dir = tmp.resolve("cache");
    JvmCache cache = new JvmCache(dir, jar().toString(), 25, "25.0.3+9-LTS");
    assertThat(cache.enabled()).isTrue();
    assertThat(cache.has("alerts")).isFalse();
    assertThat(cache.use("alerts")).isEmpty();

    Files.createDirectories(dir);
    Path stale = dir.resolve("alerts-jdk25.0.2_7-LTS-1690000000-999.aot");
    Path other = dir.resolve("poller-jdk25.0.3_9-LTS-1700000000-1234.aot");
    Files.writeString(stale, "old");
    Files.writeString(other, "poller's");
    Path target = dir.resolve("alerts-jdk25.0.3_9-LTS-1700000000-1234.aot");
    assertThat(cache.train("alerts")).containsExactly("-XX:AOTCacheOutput=" + target, "-Xlog:aot*=error",
        "-Xlog:cds*=error");
    assertThat(stale).doesNotExist();
    assertThat(other).exists();

    Files.writeString(target, "written at a clean exit");
    assertThat(cache.has("alerts")).isTrue();
    assertThat(cache.use("alerts")).containsExactly("-XX:AOTCache=" + target, "-Xlog:aot*=error", "-Xlog:cds*=error");
  }

  @Test
  void olderJdksLetTheJvmKeepADynamicArchive() throws Exception {
    Path dir = tmp.resolve("cache");
    JvmCache cache = new JvmCache(dir, jar().toString(), 21, "21.0.5+11");
    Path archive = dir.resolve("broker-jdk21.0.5_11-1700000000-1234.jsa");
    assertThat(cache.use("broker")).containsExactly("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
        "-Xlog:cds*=error");
    assertThat(cache.train("broker")).containsExactly("-XX:+AutoCreateSharedArchive",
        "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=error");
  }

  @Test
  void offOrWithoutAJarThereIsNoCache() throws Exception {
    assertThat(new JvmCache(null, jar().toString(), 25, "25").use("poller")).isEmpty();
    JvmCache classesDir = new JvmCache(tmp.resolve("cache"), tmp.toString(), 25, "25");
    assertThat(classesDir.enabled()).isFalse();
    assertThat(classesDir.train("poller")).isEmpty();
    assertThat(new JvmCache(tmp.resolve("cache"), jar().toString(), 17, "17").enabled()).isFalse();
  }

  @Test
  void theLauncherNamesTheSameFile() throws Exception {
    // bin/find-java.sh's newswatch_jvm_cache_flags and this class must agree, or the soak and the launcher
    // would each train caches the other cannot find.
    Path script = Path.of("../../bin/find-java.sh").toAbsolutePath().normalize();
    assertThat(script).exists();
    Path dir = tmp.resolve("cache");
    String javaHome = System.getProperty("java.home");
    ProcessBuilder pb = new ProcessBuilder("bash", "-c",
        ". \"$0\" && newswatch_jvm_cache_flags \"$1\" \"$2\" pipeline -c x.yaml", script.toString(), jar().toString(),
        dir.toString()).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", javaHome);
    pb.environment().remove("NEWSWATCH_JVM_CACHE");
    pb.environment().remove("NEWSWATCH_JVM_CACHE_DIR");
    pb.environment().remove("NEWSWATCH_LOG_FORMAT");
    Process p = pb.start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).isZero();
    JvmCache cache = new JvmCache(dir, jar().toString(), Runtime.version().feature(),
        System.getProperty("java.runtime.version"));
    String expected = String.join(" ", cache.train("pipeline"));
    assertThat(printed).isEqualTo(expected);
  }
}
