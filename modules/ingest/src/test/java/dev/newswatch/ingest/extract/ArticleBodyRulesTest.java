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

  @Test
  void aPostPrintedOnlyInsideNoscriptIsStillFound() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Safer browsing, now for all</title>
        </head><body><div class="blog"><div class="post"><h3>Safer browsing, now for all</h3>
        <div class="post-body"><script>renderPost(document.currentScript.parentNode)</script><noscript>
        <p>Last year we offered stronger protection against phishing to people who asked for it. Starting
        today, it is on for every account that signs in, on desktop and on mobile, in all regions.</p>
        <p>The check sends a hash prefix of each address to our servers, which answer with the full hashes
        that match; the browser compares them locally, so the server never learns the address itself.</p>
        <p>Users who prefer the older behaviour can switch it off in settings, and administrators can set it
        for their organisation, as they could before.</p></noscript></div></div>
        <div class="footer-links"><a href="/about">About</a> <a href="/privacy">Privacy</a></div>
        </div></body></html>""");

    assertThat(a.isArticle()).isTrue();
    assertThat(a.text()).contains("stronger protection against phishing", "never learns the address itself");
  }

  @Test
  void anArticleWrapperNamedForTheAdsItHoldsIsNotAnAd() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Contest auf dem Wasser</title></head>
        <body><div class="site"><section class="o-section o-section-intro o-section--has-ads">
        <div class="c-article-body"><div class="c-article-copy">
        <p>Am 19. August wird am Wakebeach in Dormagen wieder auf einer schwimmenden Miniramp gefahren, und wer
        mitfahren will, meldet sich bis zum Vortag an.</p>
        <p>Gefahren wird in drei Klassen, die Jury bewertet Schwierigkeit, Stil und Sturzfreiheit, und für die
        Zuschauer gibt es am Ufer Musik, Essen und einen Flohmarkt.</p>
        <p>Beginn ist um zwölf Uhr, das Finale ist für den frühen Abend angesetzt, bei Regen wird verschoben.</p>
        </div></div><div class="ad-slot">Anzeige</div></section>
        <section class="o-section"><div class="c-article-tags"><a href="/tag/miniramp">Miniramp</a>
        <a href="/tag/contest">Contest</a> <a href="/tag/dormagen">Dormagen</a></div></section>
        </div></body></html>""");

    assertThat(a.text()).contains("schwimmenden Miniramp", "bei Regen wird verschoben")
        .doesNotContain("Anzeige");
  }

  @Test
  void aLongReadersCommentDoesNotSaveTheCommentThread() {
    String comment = "<li><article class=\"comment-body\"><footer>Maria K., 3 March</footer><p>We tried this in "
        + "our school last year, with two classes of fifteen-year-olds, and I can only agree with most of what "
        + "you describe here: the pupils wrote more, and more carefully, once they knew that people outside the "
        + "class would read them, and some of the quieter ones, who never spoke up in lessons, turned out to "
        + "be the most thoughtful writers. What did not work for us was the moderation. Every comment had to "
        + "be approved by a teacher, and at times there were forty waiting over a weekend, so the "
        + "conversation died before it had started. We now let the pupils moderate each other in pairs, "
        + "which takes some preparation but works much better.</p></article></li>";
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blogging in class</title></head>
        <body><div id="content"><div class="post hentry"><h1>Blogging in class</h1><div class="entry-content">
        <p>For a term, my class of fourteen-year-olds kept a blog about human dignity, and every pupil wrote at
        least one post, which their classmates and, later, their parents commented on.</p>
        <p>The topic suits the form: it asks for opinions, for examples from the pupils' own lives, and for an
        exchange of arguments, and a blog makes that exchange visible to everyone.</p>
        <p>At the end of the term, most said they had read more of each other's work than ever before.</p>
        </div></div>
        <div id="comments" class="comments-area"><h3>2 replies</h3><ol class="comment-list">%s%s</ol></div>
        </div></body></html>""".formatted(comment, comment.replace("Maria K.", "Tom B.")));

    assertThat(a.text()).contains("kept a blog about human dignity", "than ever before")
        .doesNotContain("We tried this in our school");
  }

  @Test
  void theStandfirstBetweenHeadlineAndBodyJoinsTheArticle() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike enters second week</title>
        </head><body><div class="layout"><article class="story">
        <div class="story-header"><h1>Port strike enters second week</h1>
        <div class="story-teaser"><p>Dockers in Klaipėda rejected the latest pay offer on Monday, and shippers
        have begun to send containers to Riga and Gdańsk instead.</p></div>
        <div class="meta"><span class="author">By Rūta Vaitkutė</span> <time>12 May 2026</time></div></div>
        <div class="story-columns"><div class="story-body">
        <p>The union said the offer of four per cent over two years did not make up for last year's inflation,
        and that its members would stay out until the port authority returned with a better one.</p>
        <p>The port authority said the strike was costing the city more than a million euros a day, and that
        it had no room to raise the offer without help from the government in Vilnius.</p>
        <p>The transport minister is to meet both sides on Wednesday, her spokesman said, for the first time
        since the strike began.</p>
        <p>Three of the largest container lines have already told their customers to expect delays of up to
        ten days, and one has moved its weekly call to Gdańsk until the end of the month.</p>
        </div></div></article></div></body></html>""");

    assertThat(a.text()).startsWith("Dockers in Klaipėda rejected the latest pay offer")
        .contains("first time since the strike began").doesNotContain("By Rūta");
  }

  private static final String STRIKE_BODY = """
      <p>The union said the offer of four per cent over two years did not make up for last year's inflation,
      and that its members would stay out until the port authority returned with a better one.</p>
      <p>The port authority said the strike was costing the city more than a million euros a day, and that
      it had no room to raise the offer without help from the government in Vilnius.</p>
      %s
      <p>The transport minister is to meet both sides on Wednesday, her spokesman said, for the first time
      since the strike began.</p>
      <p>Three of the largest container lines have already told their customers to expect delays of up to
      ten days, and one has moved its weekly call to Gdańsk until the end of the month.</p>""";

  @Test
  void anH1AfterTheBodysFirstParagraphIsASectionHeadingAndTheStandfirstIsStillFound() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike enters second week</title>
        </head><body><div class="layout"><div class="top"><div class="story-head">
        <h1>Port strike enters second week</h1>
        <p class="summary">Dockers in Klaipėda rejected the latest pay offer on Monday, and shippers have begun
        to send containers to Riga and Gdańsk instead.</p></div></div>
        <div class="main"><div class="story-text">%s</div></div></div></body></html>""".formatted(
        STRIKE_BODY.formatted("<h1>Talks in Vilnius</h1>")));

    assertThat(a.text()).startsWith("Dockers in Klaipėda rejected").contains("Talks in Vilnius");
  }

  @Test
  void theArticlesOwnHeaderBoundsTheStandfirstWhenNoHeadlineIsMarkedUp() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike enters second week</title>
        </head><body><div class="layout"><article><div class="row"><header>
        <div class="story-title">Port strike enters second week</div>
        <div class="intro">Dockers in Klaipėda rejected the latest pay offer on Monday, and shippers have begun
        to send containers to Riga and Gdańsk instead.</div></header></div>
        <div class="row"><div class="story-text">%s</div></div></article></div></body></html>""".formatted(
        STRIKE_BODY.formatted("")));

    assertThat(a.text()).startsWith("Dockers in Klaipėda rejected").contains("first time since the strike");
  }
}
