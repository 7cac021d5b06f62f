package dev.newswatch.ingest.extract;

import java.util.List;
import java.util.Locale;

/**
 * Short lines that are page furniture whatever the markup: the labels of related-story boxes, share and
 * print buttons, comment counters, newsletter and donation calls, photo credits, source and copyright notes,
 * author-box and contents labels, app, log-in and rating calls, in the languages of our beats (English,
 * German, French, Spanish, Italian, Polish, Lithuanian, Russian, Ukrainian, Belarusian). A line is judged by
 * how it starts, and only when it is short: a long paragraph that begins "Read more about it in…" is prose.
 */
final class BoilerplateLines {

  /** Lines longer than this are never furniture by their wording alone. */
  static final int MAX_CHARS = 90;

  /**
   * Openings of furniture lines, lower case. Each counts only as a whole word run: followed by the end, a space
   * or punctuation, so "teilen" does not catch "Teilnehmer".
   */
  private static final List<String> OPENINGS = List.of(
      // related stories
      "read more", "read also", "related", "see also", "more from", "more on this", "you may also like",
      "you might also like", "recommended", "further reading", "most read", "most popular", "trending",
      "lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr zu", "auch interessant", "das könnte sie",
      "das könnte dich", "ähnliche beiträge", "ähnliche artikel", "verwandte artikel", "weitere artikel",
      "weitere beiträge", "weiterlesen", "zum weiterlesen", "schon gelesen", "meistgelesen", "empfehlungen",
      "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "dans la même rubrique",
      "lee también", "leer más", "te puede interesar", "mira también", "noticias relacionadas", "puedes ver",
      "leggi anche", "potrebbe interessarti", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
      "przeczytaj też", "skaitykite taip pat", "taip pat skaitykite", "читайте также", "читайте також",
      "чытайце таксама", "по теме", "смотрите также",
      // sharing, printing
      "share", "share this", "teilen", "artikel teilen", "beitrag teilen", "partager", "compartir", "condividi",
      "udostępnij", "dalintis", "поделиться", "поділитися", "print", "drucken", "rezept drucken", "imprimer",
      "imprimir", "stampa", "drukuj",
      // comments
      "comments", "no comments", "leave a comment", "leave a reply", "add a comment", "kommentare",
      "keine kommentare", "kommentar schreiben", "kommentare schreiben", "um kommentare", "commentaires",
      "laisser un commentaire", "comentarios", "deja un comentario", "commenti", "komentarze", "komentarai",
      "комментарии", "коментарі", "каментары",
      // newsletters, subscriptions, donations, advertising
      "newsletter", "subscribe", "sign up", "never miss", "follow us", "abonnieren", "jetzt abonnieren",
      "unterstütze", "unterstützen sie", "jede spende", "jede kleine spende", "abonnez-vous", "suscríbete",
      "iscriviti", "zapisz się", "prenumeruok", "подпишитесь", "підпишіться", "advertisement", "anzeige",
      "werbung", "publicité", "publicidad", "pubblicità", "reklama", "реклама",
      // photo credits
      "photo:", "photo by", "photograph by", "photos:", "image:", "credit:", "credits:", "foto:", "fotos:",
      "bild:", "bilder:", "fot.", "nuotr.", "фото:", "фото ", "crédit", "photo :", "bild via", "image via",
      // source and copyright notes
      "source:", "sources:", "source :", "sources :", "quelle:", "quellen:", "quellenangaben", "fuente:",
      "fuentes:", "fonte:", "źródło:", "источник:", "джерело:", "šaltinis:", "©", "copyright ©", "copyright (c)",
      "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
      "wszelkie prawa zastrzeżone",
      // author boxes, tables of contents, navigation back
      "about the author", "über den autor", "über die autorin", "à propos de l'auteur", "sobre el autor",
      "o autorze", "об авторе", "про автора", "table of contents", "inhaltsverzeichnis", "sommaire",
      "índice de contenidos", "spis treści", "back to top", "back to home", "zurück zur übersicht",
      "zurück zur startseite", "zurück zur liste", "retour à l'accueil", "volver arriba",
      // apps and social accounts, log-in, ratings, permalinks, tag lines
      "download the app", "download our app", "get the app", "folgen sie uns", "folge uns", "suivez-nous",
      "síguenos", "seguici", "obserwuj nas", "you are not logged in", "sie sind nicht eingeloggt",
      "sie sind aktuell nicht eingeloggt", "no ratings yet", "noch keine bewertungen", "rate this",
      "bewerten sie", "permalink", "permalien", "tags:", "schlagworte", "schlagwörter", "themen:", "mots-clés",
      "etiquetas:", "tagi:", "теги:");

  private BoilerplateLines() {
  }

  /** Whether {@code text} (an element's text, already collapsed by jsoup) is a short furniture line. */
  static boolean matches(String text) {
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String opening : OPENINGS) {
      if (lower.startsWith(opening) && endsWord(lower, opening.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWord(String s, int at) {
    if (at >= s.length()) {
      return true;
    }
    char last = s.charAt(at - 1);
    char next = s.charAt(at);
    return !Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(next);
  }
}
