package dev.newswatch.ingest.feed;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Builds JDOM documents with Rome's hardened SAX builder (DOCTYPEs refused, so no external entities
 * and no entity expansion) and its entity healer, exactly as {@code SyndFeedInput#build(Reader)} would.
 * Feeds and OPML files go through this one door.
 */
final class SafeXml extends WireFeedInput {

  private SafeXml() {
    super(false, Locale.US);
    setAllowDoctypes(false);
  }

  static Document document(Reader reader) throws JDOMException, IOException {
    return new SafeXml().createSAXBuilder().build(new XmlFixerReader(reader));
  }
}
