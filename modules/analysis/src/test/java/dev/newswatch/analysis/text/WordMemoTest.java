package dev.newswatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordMemoTest {

  @Test
  void keepsWordsByTheirCharactersNotTheirPlace() {
    WordMemo memo = new WordMemo(16);
    String text = "Minsk freed prisoners; Minsk said";
    memo.put(text, 0, 5, 7);
    assertThat(memo.get(text, 0, 5)).isEqualTo(7);
    assertThat(memo.get(text, 23, 28)).isEqualTo(7); // the second "Minsk"
    assertThat(memo.get("minsk", 0, 5)).isEqualTo(-1); // case counts
    assertThat(memo.get(text, 0, 4)).isEqualTo(-1); // "Mins"
    assertThat(memo.get(text, 6, 11)).isEqualTo(-1); // "freed", never kept
  }

  @Test
  void aNewerWordTakesTheSlotAndOldOnesAreNeverConfused() {
    WordMemo memo = new WordMemo(16);
    // With 16 slots, 200 words must share slots: every answer is either the word's own number or "not kept".
    for (int i = 0; i < 200; i++) {
      memo.put("w" + i, 0, ("w" + i).length(), i);
    }
    int kept = 0;
    for (int i = 0; i < 200; i++) {
      int v = memo.get("w" + i, 0, ("w" + i).length());
      assertThat(v).isIn(-1, i);
      kept += v == i ? 1 : 0;
    }
    assertThat(kept).isBetween(1, 16);
  }

  @Test
  void longWordsAreNotKeptAndBadArgumentsFail() {
    WordMemo memo = new WordMemo(64);
    String longWord = "Verwaltungsgerichtshof"; // 22 characters
    memo.put(longWord, 0, longWord.length(), 1);
    assertThat(memo.get(longWord, 0, longWord.length())).isEqualTo(-1);
    assertThatThrownBy(() -> new WordMemo(100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> memo.put("a", 0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> memo.put("a", 0, 1, 70_000)).isInstanceOf(IllegalArgumentException.class);
  }
}
