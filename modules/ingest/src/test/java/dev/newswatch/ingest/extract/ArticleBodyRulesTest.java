package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the article's text is found on pages whose markup does not put it in paragraphs of its own. */
class ArticleBodyRulesTest {

  private static final URI PAGE = URI.create("https://angling.example/reviews/spinning-rod-test.123/");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private ExtractedArticle extract(String html) {
    return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html", PAGE);
  }

  @Test
  void textWrittenStraightIntoAContainerBetweenImagesIsTheArticle() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spinning rod on test</title></head>
        <body><div class="container">
        <div class="header-row"><div class="about">
        <p>Angling Board is a community of anglers, founded in 2001, with tests, reports, and a busy forum.</p>
        <p>Members write about pike, perch, carp and sea fishing, and about the gear they use.</p></div></div>
        <div class="wrapper"><div class="bbWrapper">
        I chose a rod of 2.44 metres with a casting weight of 10 to 40 grams, so that I could fish from the
        boat as well as from the bank. The first impression was good: the finish is clean, the guides sit
        straight, and the cork handle feels solid in the hand.<br><br>
        <div class="bbImageWrapper"><img src="/attachments/rod-1.jpg" alt=""></div><br>
        First I went out on the boat, after pike. I fixed a soft bait on a jig head and led it slowly over the
        bottom, and I did not have to wait long before the first fish took it. The fine tip showed every
        touch, even in the wind, and the blank had power enough to keep the fish away from the weeds.<br><br>
        <div class="bbImageWrapper"><img src="/attachments/rod-2.jpg" alt=""></div><br>
        On the bank, a week later, the rod cast a 20-gram spoon well past the reed belt, and after three
        hours of fishing my wrist was not tired. For its price, it is a rod I can recommend to anyone who
        wants one rod for both boat and bank.
        </div></div></div></body></html>""");

    assertThat(a.text()).contains("I chose a rod of 2.44 metres", "First I went out on the boat",
        "one rod for both boat and bank").doesNotContain("community of anglers");
  }
}
