package dev.newswatch.pipeline;

import dev.newswatch.analysis.cluster.Fingerprint;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compact binary forms of the clustering state that is written once per article and read often: a
 * fingerprint (about 4 bytes per signature value, against about 11 in JSON) and a story-index list.
 */
final class ClusterCodec {

  /** One entry of a story-index list: a story filed under a feature key at a time. */
  record IndexEntry(String storyId, long timeMs) {}

  private static final int VERSION = 1;

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

  static byte[] index(List<IndexEntry> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 48 * entries.size());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeShort(entries.size());
      for (IndexEntry e : entries) {
        out.writeUTF(e.storyId());
        out.writeLong(e.timeMs());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a story index list", e);
    }
    return bytes.toByteArray();
  }

  static List<IndexEntry> index(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      version(in.readByte());
      int n = in.readShort();
      List<IndexEntry> entries = new ArrayList<>(n + 1);
      for (int i = 0; i < n; i++) {
        entries.add(new IndexEntry(in.readUTF(), in.readLong()));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt story index list in the cluster state", e);
    }
  }

  private static void version(byte v) throws IOException {
    if (v != VERSION) {
      throw new IOException("unknown cluster state encoding " + v);
    }
  }
}
