package dev.newswatch.app.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.facts.CountFact;
import dev.newswatch.analysis.facts.Facts;
import dev.newswatch.analysis.tags.Evidence;
import dev.newswatch.analysis.tags.TagHit;
import dev.newswatch.analysis.tags.TagResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON line {@code newswatch tag} writes for one article. */
final class TaggedJson {

  private TaggedJson() {}

  static ObjectNode of(ObjectMapper mapper, String id, TagResult r) {
    ObjectNode out = mapper.createObjectNode();
    out.put("id", id);
    ArrayNode tags = out.putArray("tags");
    for (TagHit t : r.tags()) {
      ObjectNode n = tags.addObject();
      n.put("tag", t.tag());
      n.put("country", t.country());
      n.put("confidence", t.confidence());
      if (t.cameo() != null) {
        n.put("cameo", t.cameo());
      }
      n.put("basis", t.basis());
      if (t.countryWhy() != null) {
        n.put("countryWhy", t.countryWhy());
      }
      if (!t.destinations().isEmpty()) {
        n.set("destinations", mapper.valueToTree(t.destinations()));
      }
      ArrayNode ev = n.putArray("evidence");
      for (Evidence e : t.evidence()) {
        ev.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text())
            .set("rules", mapper.valueToTree(e.rules()));
      }
    }
    Map<String, ObjectNode> entities = new LinkedHashMap<>();
    for (EntityMention m : r.entities()) {
      ObjectNode n = entities.computeIfAbsent(m.id(), k -> {
        ObjectNode e = mapper.createObjectNode();
        e.put("id", m.id()).put("type", m.type()).put("name", m.name()).put("country", m.country());
        e.putArray("surfaces");
        return e;
      });
      ArrayNode surfaces = (ArrayNode) n.get("surfaces");
      boolean seen = false;
      for (var s : surfaces) {
        seen |= s.asText().equals(m.surface());
      }
      if (!seen) {
        surfaces.add(m.surface());
      }
    }
    out.putArray("entities").addAll(entities.values());
    Facts f = r.facts();
    ObjectNode facts = out.putObject("facts");
    if (f.releasedCount() != null) {
      facts.put("releasedCount", f.releasedCount());
    }
    ArrayNode counts = facts.putArray("counts");
    for (CountFact c : f.released()) {
      count(counts.addObject(), c);
    }
    for (CountFact c : f.remaining()) {
      count(counts.addObject(), c);
    }
    facts.set("people", mapper.valueToTree(f.people()));
    facts.set("destinations", mapper.valueToTree(f.destinations()));
    return out;
  }

  private static void count(ObjectNode n, CountFact c) {
    n.put("count", c.count()).put("kind", c.kind()).put("nationality", c.nationality()).put("sentence", c.sentence());
  }
}
