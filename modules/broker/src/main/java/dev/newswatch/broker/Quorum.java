package dev.newswatch.broker;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;

/**
 * The KRaft controller quorum of an embedded cluster: every node is both broker and controller, and each
 * is one voter {@code id@host:port} (the node's controller listener). Written and parsed in the form of
 * Kafka's {@code controller.quorum.voters}: {@code 1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097}.
 *
 * <p>The embedded cluster speaks PLAINTEXT without authentication, so every voter host must be a loopback
 * address ({@code 127.0.0.0/8}); a cluster across machines is Apache Kafka's own distribution or Strimzi.
 *
 * @param voters the voters ordered by node id
 */
public record Quorum(List<Voter> voters) {

  /** At most this many voters (a quorum of 3 or 5 is the usual; more only slows elections). */
  public static final int MAX_VOTERS = 9;

  private static final Pattern VOTER = Pattern.compile("(\\d{1,4})@([0-9.]+):(\\d{1,5})");

  /**
   * One controller of the quorum.
   *
   * @param id   the node id, 1 to 9999
   * @param host an IPv4 loopback literal such as {@code 127.0.0.1}
   * @param port the controller port
   */
  public record Voter(int id, String host, int port) {
    public Voter {
      if (id < 1 || id > 9999) {
        throw new IllegalArgumentException("quorum node id " + id + " must be between 1 and 9999");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("quorum port " + port + " of node " + id + " must be between 1 and 65535");
      }
      if (!isLoopback(host)) {
        throw new IllegalArgumentException("quorum host '" + host + "' of node " + id + " is not a 127.x.x.x address: "
            + "the embedded cluster listens on loopback only (PLAINTEXT, no authentication)");
      }
    }

    @Override
    public String toString() {
      return id + "@" + host + ":" + port;
    }
  }

  public Quorum {
    if (voters == null || voters.isEmpty()) {
      throw new IllegalArgumentException("the quorum needs at least one voter");
    }
    if (voters.size() > MAX_VOTERS) {
      throw new IllegalArgumentException("the quorum has " + voters.size() + " voters; at most " + MAX_VOTERS);
    }
    Set<Integer> ids = new HashSet<>();
    Set<String> endpoints = new HashSet<>();
    for (Voter v : voters) {
      if (!ids.add(v.id())) {
        throw new IllegalArgumentException("node id " + v.id() + " appears twice in the quorum");
      }
      if (!endpoints.add(v.host() + ":" + v.port())) {
        throw new IllegalArgumentException("two quorum nodes share " + v.host() + ":" + v.port());
      }
    }
    voters = voters.stream().sorted(Comparator.comparingInt(Voter::id)).toList();
  }

  /**
   * Parses {@code id@host:port[,id@host:port...]}.
   *
   * @throws IllegalArgumentException naming the entry that is wrong
   */
  public static Quorum parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("the quorum is empty; give id@127.0.0.1:port for each node, comma-separated");
    }
    if (spec.length() > 1000) {
      throw new IllegalArgumentException("the quorum is longer than 1000 characters");
    }
    List<Voter> voters = new ArrayList<>();
    for (String entry : spec.split(",", -1)) {
      Matcher m = VOTER.matcher(entry.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException("quorum entry '" + entry.strip() + "' is not id@host:port "
            + "(for example 1@127.0.0.1:9093)");
      }
      voters.add(new Voter(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3))));
    }
    return new Quorum(voters);
  }

  /** Nodes 1..n on 127.0.0.1 with the given controller ports (index 0 is node 1's). */
  public static Quorum loopback(List<Integer> controllerPorts) {
    List<Voter> voters = new ArrayList<>();
    for (int i = 0; i < controllerPorts.size(); i++) {
      voters.add(new Voter(i + 1, "127.0.0.1", controllerPorts.get(i)));
    }
    return new Quorum(voters);
  }

  public int size() {
    return voters.size();
  }

  /** The voter with this node id. */
  public Voter voter(int nodeId) {
    return voters.stream().filter(v -> v.id() == nodeId).findFirst().orElseThrow(() -> new IllegalArgumentException(
        "node " + nodeId + " is not in the quorum " + this + ": every node of the embedded cluster is a controller"));
  }

  public List<Integer> nodeIds() {
    return voters.stream().map(Voter::id).toList();
  }

  /**
   * A cluster id derived from the quorum alone, so that nodes started with the same quorum and no explicit
   * cluster id agree on it. Changing any voter changes it.
   */
  public String derivedClusterId() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int salt = 0; ; salt++) {
        ByteBuffer bytes = ByteBuffer.wrap(
            sha.digest(("newswatch-kraft-cluster:" + this + ":" + salt).getBytes(StandardCharsets.UTF_8)));
        String id = new Uuid(bytes.getLong(), bytes.getLong()).toString();
        // As Uuid.randomUuid does: no id that command-line tools would read as an option.
        if (!id.startsWith("-")) {
          return id;
        }
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The {@code controller.quorum.voters} value. */
  @Override
  public String toString() {
    return voters.stream().map(Voter::toString).collect(Collectors.joining(","));
  }

  static boolean isLoopback(String host) {
    if (host == null || !host.matches("127(\\.\\d{1,3}){3}")) {
      return false;
    }
    for (String octet : host.split("\\.")) {
      if (Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }
}
