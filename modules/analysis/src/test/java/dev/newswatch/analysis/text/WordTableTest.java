package dev.newswatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordTableTest {

  @Test
  void findsWordsByRangeAndGrows() {
    WordTable<String> table = new WordTable<>(10_000);
    for (int i = 0; i < 1000; i++) {
      String w = "word" + i;
      table.put("  " + w + "  ", 2, 2 + w.length(), "v" + i);
    }
    assertThat(table.size()).isEqualTo(1000);
    for (int i = 0; i < 1000; i++) {
      assertThat(table.get("word" + i, 0, ("word" + i).length())).isEqualTo("v" + i);
    }
    assertThat(table.get("word1000", 0, 8)).isNull();
    table.put("word7", 0, 5, "again");
    assertThat(table.get("x word7 y", 2, 7)).isEqualTo("again");
    assertThat(table.size()).isEqualTo(1000);
  }

  @Test
  void emptiesItselfAtItsBound() {
    WordTable<Integer> table = new WordTable<>(16);
    for (int i = 0; i < 40; i++) {
      table.put("w" + i, 0, ("w" + i).length(), i);
      assertThat(table.size()).isLessThanOrEqualTo(16);
    }
    assertThat(table.get("w39", 0, 3)).isEqualTo(39);
    assertThat(table.get("w0", 0, 2)).isNull();
    assertThatThrownBy(() -> new WordTable<>(3)).isInstanceOf(IllegalArgumentException.class);
  }
}
