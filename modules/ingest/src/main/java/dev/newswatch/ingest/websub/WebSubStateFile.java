package dev.newswatch.ingest.websub;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.secrets.OwnerOnlyFiles;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.model.secrets.SecretException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSub subscriptions of one poller instance, kept in a JSON file in its data directory so that
 * subscriptions made before a restart still verify their hubs' pushes after it. A subscription's callback
 * id and secret are credentials: the secret is stored sealed ({@link SecretBox}, context
 * {@code websub/<callback id>/secret}), and the file is written with owner-only permissions. Callback URLs
 * are per instance, so the file is too.
 */
public final class WebSubStateFile {

  private static final Logger LOG = LoggerFactory.getLogger(WebSubStateFile.class);

  /**
   * One stored subscription.
   *
   * @param id                  the callback id
   * @param feedUrl             the feed it is for
   * @param hub                 the hub
   * @param topic               the topic subscribed to
   * @param secret              the secret, sealed in the file and clear in memory
   * @param state               {@code active} or {@code unsubscribing}
   * @param leaseExpiresAt      when the granted lease ends, or null
   * @param grantedLeaseSeconds the lease the hub granted
   * @param nextAttemptAt       when the renewal (or unsubscription) is due
   */
  public record Entry(String id, String feedUrl, URI hub, URI topic, String secret, String state,
      Instant leaseExpiresAt, long grantedLeaseSeconds, Instant nextAttemptAt) {

    @Override
    public String toString() {
      return "Entry[feedUrl=" + feedUrl + ", hub=" + hub + ", state=" + state + ", id=***, secret=***]";
    }
  }

  /** Writes a file's bytes: the file system, or in tests one that fails the way a full disk does. */
  @FunctionalInterface
  interface Writer {
    Writer FILE_SYSTEM = Files::write;

    void write(Path path, byte[] bytes) throws IOException;
  }

  private final Path file;
  private final SecretBox box;
  private final Writer writer;

  /** "No space left on device", not the temporary file's name the JDK puts first. */
  private static String cause(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f) {
      return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName() + " " + f.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  public WebSubStateFile(Path file, SecretBox box) {
    this(file, box, Writer.FILE_SYSTEM);
  }

  WebSubStateFile(Path file, SecretBox box, Writer writer) {
    this.file = Objects.requireNonNull(file, "file");
    this.box = Objects.requireNonNull(box, "box");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  public Path path() {
    return file;
  }

  static String context(String id) {
    return "websub/" + id + "/secret";
  }

  /**
   * The stored subscriptions, secrets opened; an entry whose secret does not open (key not configured,
   * altered) is logged and left out, since pushes for it could not be verified.
   */
  public List<Entry> load() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Entry> stored;
    try {
      stored = JsonCodec.mapper().readValue(Files.readAllBytes(file), new TypeReference<List<Entry>>() {});
    } catch (IOException e) {
      LOG.warn("WebSub: state file {} unreadable, starting without stored subscriptions: {}", file, e.getMessage());
      return List.of();
    }
    List<Entry> opened = new ArrayList<>();
    for (Entry e : stored) {
      if (e == null || e.id() == null || e.secret() == null) {
        continue;
      }
      try {
        opened.add(new Entry(e.id(), e.feedUrl(), e.hub(), e.topic(), box.open(e.secret(), context(e.id())),
            e.state(), e.leaseExpiresAt(), e.grantedLeaseSeconds(), e.nextAttemptAt()));
      } catch (SecretException x) {
        LOG.error("WebSub: the stored subscription of {} at {} is dropped: its secret does not open ({}): {}",
            e.feedUrl(), e.hub(), x.reason().label(), x.getMessage());
      }
    }
    return opened;
  }

  /**
   * Replaces the file's content with {@code entries}, secrets sealed; atomic, owner-only. A failed write
   * (a full disk, say) leaves the file as it was and no temporary file behind.
   *
   * @throws UncheckedIOException naming the file and the cause when it cannot be written
   */
  public void save(List<Entry> entries) {
    List<Entry> sealed = new ArrayList<>();
    for (Entry e : entries) {
      sealed.add(new Entry(e.id(), e.feedUrl(), e.hub(), e.topic(), box.seal(e.secret(), context(e.id())),
          e.state(), e.leaseExpiresAt(), e.grantedLeaseSeconds(), e.nextAttemptAt()));
    }
    try {
      Path tmp = OwnerOnlyFiles.tempBeside(file, ".websub-state", null);
      try {
        writer.write(tmp, JsonCodec.toBytes(sealed));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write WebSub state file " + file + ": " + cause(e), e);
    }
  }
}
