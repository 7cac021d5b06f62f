package dev.newswatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.runtime.NewswatchRuntime.Service;
import dev.newswatch.model.TopicSpec;
import dev.newswatch.model.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

/**
 * The ACL list of {@link KafkaAcls} is the one the docs table and the Strimzi KafkaUser resources show: both
 * files must be what the code writes (run with {@code -Dnewswatch.acls.write=true} to rewrite them after a
 * change), and the list itself keeps to least privilege.
 */
class KafkaAclsTest {

  private static final Path ROOT = Path.of("../..");
  private static final Path USERS = ROOT.resolve("deploy/k8s/overlays/strimzi/30-kafka-users.yaml");
  private static final Path SECURITY_DOC = ROOT.resolve("docs/security.md");
  private static final String TABLE_START = "<!-- kafka-acls: generated from KafkaAcls, checked by KafkaAclsTest -->\n";
  private static final String TABLE_END = "<!-- /kafka-acls -->";
  private static final boolean WRITE = Boolean.getBoolean("newswatch.acls.write");

  @Test
  void theStrimziKafkaUsersAreTheCodesAcls() throws IOException {
    String expected = KafkaAcls.strimziUsers(KafkaAcls.Names.defaults(), "newswatch", "newswatch");
    if (WRITE) {
      Files.writeString(USERS, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(USERS)).as(USERS + " differs from KafkaAcls (-Dnewswatch.acls.write=true rewrites it)")
        .isEqualTo(expected);
  }

  @Test
  void theDocsTableIsTheCodesAcls() throws IOException {
    String doc = Files.readString(SECURITY_DOC);
    int start = doc.indexOf(TABLE_START);
    int end = doc.indexOf(TABLE_END, Math.max(start, 0));
    assertThat(start).as("docs/security.md has the marked ACL table").isNotNegative();
    assertThat(end).isGreaterThan(start);
    String expected = KafkaAcls.markdownTable(KafkaAcls.Names.defaults());
    if (WRITE) {
      doc = doc.substring(0, start + TABLE_START.length()) + expected + doc.substring(end);
      Files.writeString(SECURITY_DOC, doc, StandardCharsets.UTF_8);
      end = start + TABLE_START.length() + expected.length();
    }
    assertThat(doc.substring(start + TABLE_START.length(), end))
        .as("the ACL table of docs/security.md differs from KafkaAcls (-Dnewswatch.acls.write=true rewrites it)")
        .isEqualTo(expected);
  }

  @Test
  void onlyTheAlertsServiceReadsSubscriptionsAndOnlyThePollerWritesTheFeedRegistry() {
    KafkaAcls.Names names = KafkaAcls.Names.defaults();
    assertThat(principalsWith(Topics.SUBSCRIPTIONS, AclOperation.READ, names)).containsExactly(Service.ALERTS);
    assertThat(principalsWith(Topics.FEEDS, AclOperation.WRITE, names)).containsExactly(Service.POLLER);
    assertThat(principalsWith(Topics.ARTICLES_RAW, AclOperation.WRITE, names)).containsExactly(Service.POLLER);
    assertThat(principalsWith(Topics.STORIES, AclOperation.WRITE, names)).containsExactly(Service.PIPELINE);
    for (Service s : Service.values()) {
      for (KafkaAcls.Grant g : KafkaAcls.grants(s, names)) {
        assertThat(g.type()).as("no cluster-wide rights").isNotEqualTo(ResourceType.CLUSTER);
        if (g.operations().contains(AclOperation.ALL)) {
          assertThat(g.prefixed() && g.type() == ResourceType.TOPIC).as("All only on Streams' own internal topics")
              .isTrue();
          assertThat(g.name()).isIn(names.pipelineApplicationId() + "-", names.alertsApplicationId() + "-");
        }
        assertThat(g.operations()).as("nobody creates, deletes or reconfigures the contract's topics")
            .doesNotContain(AclOperation.CREATE, AclOperation.DELETE, AclOperation.ALTER_CONFIGS);
      }
    }
  }

  @Test
  void aProcessSetsUpOnlyTheTopicsItsServicesUseAndTheAllInOneProcessAll() {
    KafkaAcls.Names names = KafkaAcls.Names.defaults();
    assertThat(KafkaAcls.topics(EnumSet.allOf(Service.class), names)).containsExactlyElementsOf(Topics.ALL);
    assertThat(names(KafkaAcls.topics(Set.of(Service.POLLER), names)))
        .containsExactly(Topics.FEEDS, Topics.ARTICLES_RAW, Topics.FEED_STATE);
    assertThat(names(KafkaAcls.topics(Set.of(Service.PIPELINE), names))).doesNotContain(Topics.SUBSCRIPTIONS)
        .contains(Topics.ARTICLES_RAW, Topics.ARTICLES, Topics.STORIES, Topics.PIPELINE_DLQ);
  }

  @Test
  void namesFollowTheConfiguration() throws Exception {
    var config = new dev.newswatch.app.config.ConfigLoader(java.util.Map.of()).load("""
        poller: {group: {id: pg}, transactionalIdPrefix: ptx}
        pipeline: {applicationId: pipe}
        alerts: {applicationId: alrt}
        """, "test");
    KafkaAcls.Names names = KafkaAcls.Names.of(config);
    assertThat(KafkaAcls.bindings(Set.of(Service.POLLER), names, "User:p").stream()
        .map(b -> b.pattern().resourceType() + ":" + b.pattern().name() + ":" + b.pattern().patternType()))
        .contains("GROUP:pg:LITERAL", "TRANSACTIONAL_ID:ptx-:PREFIXED");
    assertThat(KafkaAcls.grants(Service.ALERTS, names).stream().map(KafkaAcls.Grant::name))
        .contains("alrt-", "alrt", "alrt-delivery");
    assertThat(KafkaAcls.grants(Service.PIPELINE, names).stream().map(KafkaAcls.Grant::name)).contains("pipe-", "pipe");
  }

  private static List<Service> principalsWith(String topic, AclOperation op, KafkaAcls.Names names) {
    return java.util.Arrays.stream(Service.values())
        .filter(s -> KafkaAcls.grants(s, names).stream().anyMatch(g -> g.type() == ResourceType.TOPIC
            && !g.prefixed() && g.name().equals(topic) && g.operations().contains(op)))
        .toList();
  }

  private static List<String> names(List<TopicSpec> topics) {
    return topics.stream().map(TopicSpec::name).collect(Collectors.toList());
  }
}
