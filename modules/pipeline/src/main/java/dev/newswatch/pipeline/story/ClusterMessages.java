package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.dup.DuplicateDetector;
import dev.newswatch.analysis.cluster.dup.DuplicateState;
import dev.newswatch.analysis.cluster.dup.Fingerprint;
import dev.newswatch.analysis.cluster.story.StoryFeatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The records the cluster stage sends between its steps, and the small values its stores keep, in a
 * compact binary form (a MinHash signature is 400 bytes here, about 1.1 KB in JSON). Every form starts
 * with a version byte; these are internal topics and stores, not a public format.
 */
final class ClusterMessages {

  private static final int VERSION = 1;
  private static final int MAX_STRING = 16_000;
  private static final int MAX_ITEMS = 4_096;
  /** An article's JSON is bounded upstream (text ≤ 200 KB); this only guards against corrupt lengths. */
  private static final int MAX_BYTES = 8 * 1024 * 1024;

  private ClusterMessages() {}

  /**
   * What one partition's band search needs: sent by the prepare step to the partition that owns
   * {@code keys} (and the content hash when {@code withHash}).
   *
   * @param token    identifies this pass of the article through the stage (its input partition and offset)
   * @param group    the partition, out of the configured band partitions, that owns these keys
   * @param fp       the fingerprint
   * @param keys     the band keys this partition owns
   * @param withHash whether this partition owns the content hash
   */
  record BandRequest(long token, int group, Fingerprint fp, long[] keys, boolean withHash) {
    BandRequest {
      Objects.requireNonNull(fp, "fp");
      Objects.requireNonNull(keys, "keys");
    }
  }

  /**
   * A record for the story step, keyed by the one story-stage key. Either the article itself
   * ({@code articleJson} set: sent by the prepare step, with how many band reports to wait for) or one band
   * partition's report ({@code matches}).
   *
   * @param articleId   the article
   * @param token       the pass it belongs to ({@link BandRequest#token})
   * @param expected    band reports to wait for (article message only)
   * @param words       the article's length in words (article message only)
   * @param features    its story features (article message only)
   * @param articleJson the tagged article as JSON, without {@code dupOf}/{@code storyId} (article message only)
   * @param matches     candidates found by one band partition (report only)
   */
  record StoryMessage(String articleId, long token, int expected, int words, StoryFeatures features,
      byte[] articleJson, List<DuplicateDetector.Match> matches) {

    StoryMessage {
      Objects.requireNonNull(articleId, "articleId");
      matches = matches == null ? List.of() : List.copyOf(matches);
    }

    static StoryMessage article(String id, long token, int expected, int words, StoryFeatures features,
        byte[] json) {
      return new StoryMessage(id, token, expected, words, Objects.requireNonNull(features, "features"),
          Objects.requireNonNull(json, "json"), List.of());
    }

    static StoryMessage report(String id, long token, List<DuplicateDetector.Match> matches) {
      return new StoryMessage(id, token, 0, 0, null, null, matches);
    }

    boolean isArticle() {
      return articleJson != null;
    }
  }

  /**
   * An article complete with its band reports, ready to be decided.
   *
   * @param article  the article message
   * @param reports  reports received
   * @param matches  their candidates
   */
  record Pending(StoryMessage article, int reports, List<DuplicateDetector.Match> matches) {}

  /**
   * How far an article waiting in the story step has got. Kept apart from the article message itself
   * (stored once, about the size of the article) so that each report rewrites only this small record.
   *
   * @param firstSeenMs wall-clock time its first message arrived
   * @param expected    band reports to wait for, or -1 while the article message has not arrived
   * @param reports     reports received so far
   * @param matches     their candidates
   */
  record Progress(long firstSeenMs, int expected, int reports, List<DuplicateDetector.Match> matches) {

    static Progress start(long nowMs) {
      return new Progress(nowMs, -1, 0, List.of());
    }

    boolean hasArticle() {
      return expected >= 0;
    }

    boolean complete() {
      return hasArticle() && reports >= expected;
    }

    Progress withArticle(int expectedReports) {
      return new Progress(firstSeenMs, expectedReports, reports, matches);
    }

    Progress withReport(List<DuplicateDetector.Match> found) {
      List<DuplicateDetector.Match> all = new ArrayList<>(matches);
      all.addAll(found);
      return new Progress(firstSeenMs, expected, reports + 1, all);
    }
  }

  // ---- serdes for the repartition topics

  static Serde<BandRequest> bandRequestSerde() {
    return Serdes.serdeFrom((Serializer<BandRequest>) (topic, r) -> r == null ? null : encode(r),
        (Deserializer<BandRequest>) (topic, b) -> b == null ? null : bandRequest(b));
  }

  static Serde<StoryMessage> storyMessageSerde() {
    return Serdes.serdeFrom((Serializer<StoryMessage>) (topic, m) -> m == null ? null : encode(m),
        (Deserializer<StoryMessage>) (topic, b) -> b == null ? null : storyMessage(b));
  }

  // ---- band request

  static byte[] encode(BandRequest r) {
    return write(64 + 4 * r.fp().signature().length + 8 * r.keys().length, out -> {
      out.writeLong(r.token());
      out.writeInt(r.group());
      out.writeBoolean(r.withHash());
      out.writeShort(r.keys().length);
      for (long k : r.keys()) {
        out.writeLong(k);
      }
      byte[] fp = ClusterCodec.fingerprint(r.fp());
      out.writeInt(fp.length);
      out.write(fp);
    });
  }

  static BandRequest bandRequest(byte[] bytes) {
    return read(bytes, "band request", in -> {
      long token = in.readLong();
      int group = in.readInt();
      boolean withHash = in.readBoolean();
      long[] keys = new long[count(in.readShort())];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = in.readLong();
      }
      return new BandRequest(token, group, ClusterCodec.fingerprint(blob(in)), keys, withHash);
    });
  }

  // ---- story message

  static byte[] encode(StoryMessage m) {
    int size = 64 + (m.articleJson() == null ? 24 * m.matches().size() : m.articleJson().length + 1024);
    return write(size, out -> writeMessage(out, m));
  }

  private static void writeMessage(DataOutputStream out, StoryMessage m) throws IOException {
    utf(out, m.articleId());
    out.writeLong(m.token());
    out.writeBoolean(m.isArticle());
    if (m.isArticle()) {
      out.writeInt(m.expected());
      out.writeInt(m.words());
      writeFeatures(out, m.features());
      out.writeInt(m.articleJson().length);
      out.write(m.articleJson());
    } else {
      writeMatches(out, m.matches());
    }
  }

  static StoryMessage storyMessage(byte[] bytes) {
    return read(bytes, "story-stage message", ClusterMessages::readMessage);
  }

  private static StoryMessage readMessage(DataInputStream in) throws IOException {
    String id = in.readUTF();
    long token = in.readLong();
    if (in.readBoolean()) {
      int expected = in.readInt();
      int words = in.readInt();
      StoryFeatures features = readFeatures(in);
      return StoryMessage.article(id, token, expected, words, features, blob(in));
    }
    return StoryMessage.report(id, token, readMatches(in));
  }

  // ---- pending

  static byte[] encode(Progress p) {
    return write(32 + 48 * p.matches().size(), out -> {
      out.writeLong(p.firstSeenMs());
      out.writeInt(p.expected());
      out.writeInt(p.reports());
      writeMatches(out, p.matches());
    });
  }

  static Progress progress(byte[] bytes) {
    return read(bytes, "pending article progress",
        in -> new Progress(in.readLong(), in.readInt(), in.readInt(), readMatches(in)));
  }

  // ---- decided / links

  static byte[] encode(DuplicateState.Decided d) {
    return write(48, out -> {
      utf(out, d.representative());
      out.writeInt(d.words());
    });
  }

  static DuplicateState.Decided decided(byte[] bytes) {
    return read(bytes, "duplicate decision", in -> new DuplicateState.Decided(in.readUTF(), in.readInt()));
  }

  static byte[] encodeMatches(List<DuplicateDetector.Match> matches) {
    return write(8 + 48 * matches.size(), out -> writeMatches(out, matches));
  }

  static List<DuplicateDetector.Match> matches(byte[] bytes) {
    return read(bytes, "candidate links", ClusterMessages::readMatches);
  }

  // ---- parts

  private static void writeMatches(DataOutputStream out, List<DuplicateDetector.Match> matches) throws IOException {
    out.writeShort(matches.size());
    for (DuplicateDetector.Match m : matches) {
      utf(out, m.id());
      out.writeDouble(m.jaccard());
    }
  }

  private static List<DuplicateDetector.Match> readMatches(DataInputStream in) throws IOException {
    int n = count(in.readShort());
    List<DuplicateDetector.Match> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new DuplicateDetector.Match(in.readUTF(), in.readDouble()));
    }
    return out;
  }

  private static void writeFeatures(DataOutputStream out, StoryFeatures f) throws IOException {
    out.writeShort(f.terms().size());
    for (Map.Entry<String, Double> e : f.terms().entrySet()) {
      utf(out, e.getKey());
      out.writeDouble(e.getValue());
    }
    writeStrings(out, f.names());
    writeStrings(out, f.numbers());
    writeStrings(out, f.keyNumbers());
    writeStrings(out, f.countries());
    utf(out, f.lang());
    writeStrings(out, f.signature());
  }

  private static StoryFeatures readFeatures(DataInputStream in) throws IOException {
    int n = count(in.readShort());
    Map<String, Double> terms = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      terms.put(in.readUTF(), in.readDouble());
    }
    List<String> names = readStrings(in);
    Set<String> numbers = new LinkedHashSet<>(readStrings(in));
    Set<String> keyNumbers = new LinkedHashSet<>(readStrings(in));
    Set<String> countries = new LinkedHashSet<>(readStrings(in));
    String lang = in.readUTF();
    return new StoryFeatures(terms, names, numbers, keyNumbers, countries, lang, readStrings(in));
  }

  private static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
    out.writeShort(strings.size());
    for (String s : strings) {
      utf(out, s);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = count(in.readShort());
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readUTF());
    }
    return out;
  }

  private static byte[] blob(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_BYTES) {
      throw new IOException("bad length " + n);
    }
    return in.readNBytes(n);
  }

  private static int count(int n) throws IOException {
    if (n < 0 || n > MAX_ITEMS) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  private static void utf(DataOutputStream out, String s) throws IOException {
    out.writeUTF(s.length() > MAX_STRING ? s.substring(0, MAX_STRING) : s);
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static byte[] write(int size, Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a cluster-stage record", e);
    }
    return bytes.toByteArray();
  }

  private static <T> T read(byte[] bytes, String what, Reader<T> reader) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int v = in.readByte();
      if (v != VERSION) {
        throw new IOException("unknown encoding version " + v);
      }
      return reader.read(in);
    } catch (IOException | RuntimeException e) {
      // A corrupt record is reported (the deserialization handler sends it to the dead-letter topic).
      throw new IllegalArgumentException("corrupt " + what + ": " + e.getMessage(), e);
    }
  }
}
