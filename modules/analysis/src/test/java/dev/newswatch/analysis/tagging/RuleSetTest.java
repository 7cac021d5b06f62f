package dev.newswatch.analysis.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.model.Tags;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  @Test
  void readsRuleFile() throws IOException {
    RuleSet rules = readResource("tagging/minimal-rules.json");

    assertThat(rules.rules()).singleElement().satisfies(rule -> {
      assertThat(rule.tag()).isEqualTo(Tags.SANCTIONS);
      assertThat(rule.strong()).containsExactly("sanctions");
      assertThat(rule.negative()).isEmpty();
    });
  }

  @Test
  void rejectsUnknownTagNamingFileAndTag() {
    assertThatThrownBy(() -> readResource("tagging/unknown-tag-rules.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown-tag-rules.json")
        .hasMessageContaining("'weather'");
  }

  @Test
  void rejectsMalformedJson() {
    assertThatThrownBy(() -> read("bad.json", "{\"version\": 1, \"rules\": [ {\"tag\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.json");
  }

  @Test
  void rejectsMisspeltField() {
    assertThatThrownBy(() -> read("typo.json",
        "{\"version\": 1, \"rules\": [{\"tag\": \"sanctions\", \"strong\": [\"ofac\"], \"contxt\": [\"potash\"]}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("typo.json")
        .hasMessageContaining("contxt");
  }

  @Test
  void rejectsWeakPhrasesWithoutContext() {
    assertThatThrownBy(() -> read("weak.json",
        "{\"version\": 1, \"rules\": [{\"tag\": \"sanctions\", \"weak\": [\"eased\"]}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weak.json")
        .hasMessageContaining("no context");
  }

  @Test
  void rejectsUnsupportedVersionAndDuplicateTags() {
    assertThatThrownBy(() -> read("v2.json", "{\"version\": 2, \"rules\": []}"))
        .hasMessageContaining("v2.json").hasMessageContaining("version 2");
    assertThatThrownBy(() -> read("dup.json", "{\"version\": 1, \"rules\": ["
        + "{\"tag\": \"sanctions\", \"strong\": [\"embargo\"]}, {\"tag\": \"sanctions\", \"strong\": [\"ofac\"]}]}"))
        .hasMessageContaining("dup.json").hasMessageContaining("more than one rule");
  }

  @Test
  void rejectsPhraseThatIsBothWeakAndContext() {
    assertThatThrownBy(() -> new TagRule(Tags.SANCTIONS, null, List.of(), List.of("Eased"), List.of("eased"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both weak and context");
  }

  @Test
  void rejectsBlankPhrase() {
    assertThatThrownBy(() -> new TagRule(Tags.SANCTIONS, null, List.of(" - "), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank strong phrase");
  }

  @Test
  void taggerUsesGivenRules() throws IOException {
    KeywordTagger tagger = new KeywordTagger(readResource("tagging/minimal-rules.json"));

    assertThat(tagger.tag("New sanctions on Belarusian potash")).extracting("name").containsExactly(Tags.SANCTIONS);
    assertThat(tagger.tag("Lukashenko pardons 16 prisoners")).isEmpty();
  }

  private static RuleSet readResource(String resource) throws IOException {
    try (InputStream in = RuleSetTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return RuleSet.read(in, resource);
    }
  }

  private static RuleSet read(String source, String json) {
    return RuleSet.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
  }
}
