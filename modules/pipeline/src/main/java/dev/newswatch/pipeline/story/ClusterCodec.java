package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.dup.Fingerprint;
import dev.newswatch.analysis.cluster.story.StorySummary;
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
import java.util.Set;

/**
 * Compact binary forms of the clustering state that is written once per article and read often: a
 * fingerprint (about 4 bytes per signature value, against about 11 in JSON), a story summary (read for
 * every candidate story; JSON decoding was the largest single cost in the first profile) and a
 * story-index list. Every form starts with a version byte.
 */
final class ClusterCodec {

  /** One entry of a story-index list: a story filed under a feature key at a time. */
  record IndexEntry(String storyId, long timeMs) {}

  private static final int VERSION = 1;
  private static final int MAX_STRING = 16_000;

  private ClusterCodec() {}

  static byte[] fingerprint(Fingerprint fp) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 4 * fp.signature().length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(fp.id());
      out.writeUTF(fp.contentHash());
      out.writeInt(fp.shingleCount());
      out.writeInt(fp.words());
      out.writeLong(fp.publishedMs());
      out.writeShort(fp.signature().length);
      for (int v : fp.signature()) {
        out.writeInt(v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the fingerprint of " + fp.id(), e);
    }
    return bytes.toByteArray();
  }

  static Fingerprint fingerprint(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      version(in.readByte());
      String id = in.readUTF();
      String hash = in.readUTF();
      int shingles = in.readInt();
      int words = in.readInt();
      long published = in.readLong();
      int[] signature = new int[in.readShort()];
      for (int i = 0; i < signature.length; i++) {
        signature[i] = in.readInt();
      }
      return new Fingerprint(id, hash, signature, shingles, words, published);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt fingerprint in the cluster state", e);
    }
  }

  /** A story summary: read for every candidate story of every article, so not JSON (about 5x faster). */
  static byte[] story(StorySummary s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      utf(out, s.id());
      utf(out, s.title());
      out.writeInt(s.titleWords());
      out.writeLong(s.firstSeenMs());
      out.writeLong(s.lastSeenMs());
      out.writeInt(s.articleCount());
      out.writeInt(s.revision());
      out.writeInt(s.sources().size());
      for (StorySummary.Source src : s.sources()) {
        utf(out, src.outlet());
        utf(out, src.url());
        utf(out, src.articleId());
      }
      out.writeInt(s.terms().size());
      for (Map.Entry<String, Double> e : s.terms().entrySet()) {
        utf(out, e.getKey());
        out.writeDouble(e.getValue());
      }
      out.writeInt(s.names().size());
      for (Map.Entry<String, Integer> e : s.names().entrySet()) {
        utf(out, e.getKey());
        out.writeInt(e.getValue());
      }
      for (Set<String> set : List.of(s.numbers(), s.keyNumbers(), s.countries(), s.langs(), s.tags())) {
        out.writeInt(set.size());
        for (String x : set) {
          utf(out, x);
        }
      }
      // The event signature goes last: a summary written before it existed ends here and reads as none.
      out.writeInt(s.signature().size());
      for (Map.Entry<String, Integer> e : s.signature().entrySet()) {
        utf(out, e.getKey());
        out.writeInt(e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode story " + s.id(), e);
    }
    return bytes.toByteArray();
  }

  static StorySummary story(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      version(in.readByte());
      String id = in.readUTF();
      String title = in.readUTF();
      int titleWords = in.readInt();
      long first = in.readLong();
      long last = in.readLong();
      int count = in.readInt();
      int revision = in.readInt();
      int n = in.readInt();
      List<StorySummary.Source> sources = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        sources.add(new StorySummary.Source(in.readUTF(), in.readUTF(), in.readUTF()));
      }
      n = in.readInt();
      Map<String, Double> terms = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        terms.put(in.readUTF(), in.readDouble());
      }
      n = in.readInt();
      Map<String, Integer> names = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        names.put(in.readUTF(), in.readInt());
      }
      List<Set<String>> sets = new ArrayList<>(5);
      for (int k = 0; k < 5; k++) {
        n = in.readInt();
        Set<String> set = new LinkedHashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
          set.add(in.readUTF());
        }
        sets.add(set);
      }
      Map<String, Integer> signature = new HashMap<>();
      if (in.available() > 0) {
        n = in.readInt();
        for (int i = 0; i < n; i++) {
          signature.put(in.readUTF(), in.readInt());
        }
      }
      return new StorySummary(id, title, titleWords, first, last, count, revision, sources, terms, names,
          sets.get(0), sets.get(1), sets.get(2), sets.get(3), sets.get(4), signature);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt story summary in the cluster state", e);
    }
  }

  /** {@code writeUTF} takes at most 65,535 bytes; no title, URL or key comes near, but state must not break. */
  private static void utf(DataOutputStream out, String s) throws IOException {
    out.writeUTF(s.length() > MAX_STRING ? s.substring(0, MAX_STRING) : s);
  }

  /** A story-index list; written for every feature key of every article, so encoded by hand. */
  static byte[] index(List<IndexEntry> entries) {
    byte[][] ids = new byte[entries.size()][];
    int size = 3;
    for (int i = 0; i < ids.length; i++) {
      ids[i] = entries.get(i).storyId().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      size += 2 + ids[i].length + Long.BYTES;
    }
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size);
    out.put((byte) VERSION).putShort((short) ids.length);
    for (int i = 0; i < ids.length; i++) {
      out.putShort((short) ids[i].length).put(ids[i]).putLong(entries.get(i).timeMs());
    }
    return out.array();
  }

  static List<IndexEntry> index(byte[] bytes) {
    try {
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
      version(in.get());
      int n = in.getShort();
      List<IndexEntry> entries = new ArrayList<>(n + 1);
      for (int i = 0; i < n; i++) {
        int len = in.getShort();
        String id = new String(bytes, in.position(), len, java.nio.charset.StandardCharsets.UTF_8);
        in.position(in.position() + len);
        entries.add(new IndexEntry(id, in.getLong()));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException("corrupt story index list in the cluster state",
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  private static void version(byte v) throws IOException {
    if (v != VERSION) {
      throw new IOException("unknown cluster state encoding " + v);
    }
  }
}
