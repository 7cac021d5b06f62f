package dev.newswatch.app.runtime;

import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.runtime.NewswatchRuntime.Service;
import dev.newswatch.model.TopicSpec;
import dev.newswatch.model.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What each service needs on a cluster with authorization on ({@code allow.everyone.if.no.acl.found=false}):
 * the one list of Kafka ACLs, from which the ACL table of {@code docs/security.md} and the {@code KafkaUser}
 * resources of the Strimzi overlay are written (a test keeps them equal) and by which a process knows the
 * topics it creates or waits for at start.
 *
 * <p>Every process follows the feed registry and the feed states for {@code /api/v1/feeds}, so every service
 * reads both; only the poller writes the registry (a feed change sent to another process is refused by the
 * cluster). {@code Read} and {@code Write} include {@code Describe}. Kafka Streams needs its group, its
 * internal topics and its transactional ids (exactly-once v2), all named after its {@code application.id}.
 */
public final class KafkaAcls {

  /**
   * One allowed resource.
   *
   * @param type       topic, group, transactional id or cluster
   * @param name       the resource name, or its prefix when {@code prefixed}
   * @param prefixed   the ACL matches every name starting with {@code name}
   * @param operations what the principal may do
   * @param purpose    why the service needs it, for the docs
   */
  public record Grant(ResourceType type, String name, boolean prefixed, Set<AclOperation> operations, String purpose) {
    public Grant {
      operations = Set.copyOf(operations);
    }

    /** The operations in a fixed order, as Kafka and Strimzi spell them ({@code Read}, {@code IdempotentWrite}). */
    public List<String> operationNames() {
      return operations.stream().sorted().map(KafkaAcls::pascal).toList();
    }

    /** The Kafka ACL bindings of this grant for {@code principal} ({@code User:name}). */
    public List<AclBinding> bindings(String principal) {
      ResourcePattern pattern = new ResourcePattern(type, name, prefixed ? PatternType.PREFIXED : PatternType.LITERAL);
      return operations.stream().sorted()
          .map(op -> new AclBinding(pattern, new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW)))
          .toList();
    }
  }

  /**
   * The configured names the ACLs depend on.
   *
   * @param pollerGroup                 {@code poller.group.id}
   * @param pollerTransactionalIdPrefix {@code poller.transactionalIdPrefix}; the id is {@code <prefix>-<instanceId>}
   * @param pipelineApplicationId       {@code pipeline.applicationId}
   * @param alertsApplicationId         {@code alerts.applicationId}
   */
  public record Names(String pollerGroup, String pollerTransactionalIdPrefix, String pipelineApplicationId,
      String alertsApplicationId) {

    public static Names of(NewswatchConfig config) {
      return new Names(config.poller().group().id(), config.poller().transactionalIdPrefix(),
          config.pipeline().applicationId(), config.alerts().applicationId());
    }

    /** The names of the default configuration (those of the docs and the Strimzi overlay). */
    public static Names defaults() {
      return of(new NewswatchConfig(null, null, null, null, null, null, null));
    }
  }

  private KafkaAcls() {}

  /** The ACLs one service needs, in the order the docs list them. */
  public static List<Grant> grants(Service service, Names names) {
    List<Grant> g = new ArrayList<>();
    switch (service) {
      case POLLER -> {
        g.add(topic(Topics.FEEDS, "the feed registry: seeded from the configuration, changed by /api/v1/feeds, "
            + "shared out by the poller group", AclOperation.READ, AclOperation.WRITE));
        g.add(topic(Topics.FEED_STATE, "each feed's validators and schedule, written with its articles",
            AclOperation.READ, AclOperation.WRITE));
        g.add(topic(Topics.ARTICLES_RAW, "polled articles", AclOperation.WRITE));
        g.add(new Grant(ResourceType.GROUP, names.pollerGroup(), false, Set.of(AclOperation.READ),
            "the poller group (poller.group.id)"));
        g.add(new Grant(ResourceType.TRANSACTIONAL_ID, names.pollerTransactionalIdPrefix() + "-", true,
            Set.of(AclOperation.WRITE), "one transaction per poll: <poller.transactionalIdPrefix>-<kafka.instanceId>"));
      }
      case PIPELINE -> {
        feedCatalog(g);
        g.add(topic(Topics.ARTICLES_RAW, "the pipeline's input", AclOperation.READ));
        g.add(topic(Topics.ARTICLES, "tagged articles", AclOperation.WRITE));
        g.add(topic(Topics.STORIES, "stories", AclOperation.WRITE));
        g.add(topic(Topics.PIPELINE_DLQ, "records the pipeline cannot process", AclOperation.WRITE));
        streams(g, names.pipelineApplicationId(), "pipeline.applicationId");
      }
      case ALERTS -> {
        feedCatalog(g);
        g.add(topic(Topics.STORIES, "the matcher's input and the recent stories of /subscriptions:preview",
            AclOperation.READ));
        g.add(topic(Topics.SUBSCRIPTIONS, "subscriptions: loaded at start, changed by /api/v1/subscriptions",
            AclOperation.READ, AclOperation.WRITE));
        g.add(topic(Topics.ALERTS, "alerts: written by the matcher and by redelivery, read by delivery",
            AclOperation.READ, AclOperation.WRITE));
        g.add(topic(Topics.DELIVERIES_DLQ, "dead-lettered deliveries, read back by redelivery",
            AclOperation.READ, AclOperation.WRITE));
        g.add(topic(Topics.PIPELINE_DLQ, "stories the matcher cannot process", AclOperation.WRITE));
        streams(g, names.alertsApplicationId(), "alerts.applicationId");
        g.add(new Grant(ResourceType.GROUP, names.alertsApplicationId() + "-delivery", false,
            Set.of(AclOperation.READ), "the delivery consumer group"));
      }
      default -> throw new IllegalArgumentException(service.toString());
    }
    return List.copyOf(g);
  }

  /** The ACLs of a process running {@code services} under one principal: every grant of each service. */
  public static List<Grant> grants(Collection<Service> services, Names names) {
    Set<Grant> all = new LinkedHashSet<>();
    for (Service s : Service.values()) {
      if (services.contains(s)) {
        all.addAll(grants(s, names));
      }
    }
    return List.copyOf(all);
  }

  /** The ACL bindings for a principal ({@code User:newswatch-poller}) running {@code services}. */
  public static List<AclBinding> bindings(Collection<Service> services, Names names, String principal) {
    return grants(services, names).stream().flatMap(g -> g.bindings(principal).stream()).distinct().toList();
  }

  /**
   * The topics of the contract a process running {@code services} uses, in {@link Topics#ALL} order: those it
   * creates when missing and waits for at start (with authorization on it sees only these). The feed registry
   * and feed states are always among them: every process serves {@code /api/v1/feeds}.
   */
  public static List<TopicSpec> topics(Collection<Service> services, Names names) {
    Set<String> used = new LinkedHashSet<>(List.of(Topics.FEEDS, Topics.FEED_STATE));
    for (Grant g : grants(services, names)) {
      if (g.type() == ResourceType.TOPIC && !g.prefixed()) {
        used.add(g.name());
      }
    }
    return Topics.ALL.stream().filter(t -> used.contains(t.name())).toList();
  }

  /** The ACL table of {@code docs/security.md}: one row per grant of each service, default names. */
  public static String markdownTable(Names names) {
    StringBuilder out = new StringBuilder();
    out.append("| service (user) | resource | name | operations | why |\n");
    out.append("|---|---|---|---|---|\n");
    for (Service s : Service.values()) {
      for (Grant g : grants(s, names)) {
        out.append("| ").append(userName(s)).append(" | ").append(resourceName(g.type()))
            .append(" | `").append(g.name()).append(g.prefixed() ? "`…" : "`")
            .append(" | ").append(String.join(", ", g.operationNames()))
            .append(" | ").append(g.purpose()).append(" |\n");
      }
    }
    return out.toString();
  }

  /**
   * The {@code KafkaUser} resources of the Strimzi overlay: one SCRAM-SHA-512 user per service, named like
   * the service, with its ACLs ({@code authorization: simple}).
   */
  public static String strimziUsers(Names names, String cluster, String namespace) {
    StringBuilder out = new StringBuilder();
    out.append("# One SCRAM-SHA-512 user per service with only the ACLs it needs (docs/security.md, \"Kafka: TLS,\n")
        .append("# SASL/SCRAM and ACLs\"). The User Operator writes each user's password and sasl.jaas.config into a\n")
        .append("# Secret of the same name, which the service's pods mount. Generated from KafkaAcls: do not edit by hand\n")
        .append("# (KafkaAclsTest fails when this file and the code differ; -Dnewswatch.acls.write=true rewrites it).\n");
    for (Service s : Service.values()) {
      out.append("---\n")
          .append("apiVersion: kafka.strimzi.io/v1beta2\n")
          .append("kind: KafkaUser\n")
          .append("metadata:\n")
          .append("  name: ").append(userName(s)).append('\n')
          .append("  namespace: ").append(namespace).append('\n')
          .append("  labels:\n")
          .append("    strimzi.io/cluster: ").append(cluster).append('\n')
          .append("    app.kubernetes.io/component: ").append(s.name().toLowerCase(Locale.ROOT)).append('\n')
          .append("    app.kubernetes.io/part-of: newswatch\n")
          .append("spec:\n")
          .append("  authentication:\n")
          .append("    type: scram-sha-512\n")
          .append("  authorization:\n")
          .append("    type: simple\n")
          .append("    acls:\n");
      for (Grant g : grants(s, names)) {
        out.append("      # ").append(g.purpose()).append('\n')
            .append("      - resource:\n")
            .append("          type: ").append(strimziType(g.type())).append('\n');
        if (g.type() != ResourceType.CLUSTER) {
          out.append("          name: ").append(g.name()).append('\n')
              .append("          patternType: ").append(g.prefixed() ? "prefix" : "literal").append('\n');
        }
        out.append("        operations: [").append(String.join(", ", g.operationNames())).append("]\n")
            .append("        host: \"*\"\n");
      }
    }
    return out.toString();
  }

  /** The SCRAM user (and Strimzi {@code KafkaUser}) of a service: {@code newswatch-poller}, .... */
  public static String userName(Service service) {
    return "newswatch-" + service.name().toLowerCase(Locale.ROOT);
  }

  private static void feedCatalog(List<Grant> g) {
    g.add(topic(Topics.FEEDS, "the feed registry, for /api/v1/feeds", AclOperation.READ));
    g.add(topic(Topics.FEED_STATE, "the feed states, for /api/v1/feeds", AclOperation.READ));
  }

  private static void streams(List<Grant> g, String applicationId, String setting) {
    g.add(new Grant(ResourceType.TOPIC, applicationId + "-", true, Set.of(AclOperation.ALL),
        "Kafka Streams' repartition and changelog topics (created by Streams)"));
    g.add(new Grant(ResourceType.GROUP, applicationId, false, Set.of(AclOperation.READ),
        "the Kafka Streams group (" + setting + ")"));
    g.add(new Grant(ResourceType.TRANSACTIONAL_ID, applicationId + "-", true, Set.of(AclOperation.WRITE),
        "Kafka Streams' exactly-once (v2) producers"));
  }

  private static Grant topic(String name, String purpose, AclOperation... operations) {
    return new Grant(ResourceType.TOPIC, name, false, Set.of(operations), purpose);
  }

  private static String resourceName(ResourceType type) {
    return switch (type) {
      case TOPIC -> "topic";
      case GROUP -> "group";
      case TRANSACTIONAL_ID -> "transactional id";
      case CLUSTER -> "cluster";
      default -> type.toString().toLowerCase(Locale.ROOT);
    };
  }

  private static String strimziType(ResourceType type) {
    return switch (type) {
      case TOPIC -> "topic";
      case GROUP -> "group";
      case TRANSACTIONAL_ID -> "transactionalId";
      case CLUSTER -> "cluster";
      default -> throw new IllegalArgumentException("no Strimzi ACL resource type for " + type);
    };
  }

  /** {@code IDEMPOTENT_WRITE} → {@code IdempotentWrite}. */
  static String pascal(AclOperation op) {
    return java.util.Arrays.stream(op.name().toLowerCase(Locale.ROOT).split("_"))
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
  }
}
