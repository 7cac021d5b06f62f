package dev.newswatch.ingest.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the extractor remembers of the sites it has read: for each site (host), fingerprints of the text blocks
 * its article pages held and on how many distinct pages each was seen. A block that several other pages of the
 * same site also held ("Sign up for our morning briefing", "Related: …", the author's standing bio) is the
 * site's furniture, not this article's text, and {@link ArticleExtractor} leaves it out.
 *
 * <p>Bounded: at most {@code maxSites} sites, least recently used dropped first, and at most
 * {@code blocksPerSite} fingerprints per site, the ones seen on fewest pages and longest ago dropped first, so
 * a block repeated on every page stays while each article's own paragraphs pass through. A site costs about
 * 24 bytes per fingerprint (6 KiB at the default 256), so the default 1,000 sites hold about 6 MiB. Blocks are
 * kept as 64-bit hashes, never as text. Thread-safe.
 */
public final class SiteMemory {

  /** Sites remembered by default. */
  public static final int DEFAULT_SITES = 1_000;
  /** Block fingerprints remembered per site by default. */
  public static final int DEFAULT_BLOCKS_PER_SITE = 256;
  /** Other pages of the site that must have held a block for it to count as the site's furniture. */
  static final int MIN_OTHER_PAGES = 2;

  private final int blocksPerSite;
  private final Map<String, Site> sites;
  private long clock;

  /** A memory of {@value #DEFAULT_SITES} sites with {@value #DEFAULT_BLOCKS_PER_SITE} blocks each. */
  public SiteMemory() {
    this(DEFAULT_SITES, DEFAULT_BLOCKS_PER_SITE);
  }

  /**
   * @param maxSites sites remembered at most, least recently used dropped first
   * @param blocksPerSite block fingerprints remembered per site at most
   */
  public SiteMemory(int maxSites, int blocksPerSite) {
    if (maxSites <= 0 || blocksPerSite <= 0) {
      throw new IllegalArgumentException("maxSites and blocksPerSite must be positive");
    }
    this.blocksPerSite = blocksPerSite;
    this.sites = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Site> eldest) {
        return size() > maxSites;
      }
    };
  }

  /** Sites currently remembered. */
  public synchronized int sites() {
    return sites.size();
  }

  /**
   * Which of a page's blocks other pages of its site held too, then records the page's blocks.
   *
   * @param host the page's host, any case; null or blank remembers nothing
   * @param page a fingerprint of the page's address: the same page read again does not count as another
   * @param blocks fingerprints of the page's text blocks ({@link #fingerprint})
   * @return for each block, whether at least {@value #MIN_OTHER_PAGES} other pages of the site held it
   */
  synchronized boolean[] seenElsewhere(String host, long page, long[] blocks) {
    boolean[] repeated = new boolean[blocks.length];
    if (host == null || host.isBlank()) {
      return repeated;
    }
    String key = host.toLowerCase(Locale.ROOT);
    Site site = sites.get(key);
    if (site == null) {
      site = new Site(blocksPerSite);
      sites.put(key, site);
    }
    for (int i = 0; i < blocks.length; i++) {
      int slot = site.find(blocks[i]);
      if (slot >= 0) {
        int others = site.pages[slot] - (site.lastPage[slot] == page ? 1 : 0);
        repeated[i] = others >= MIN_OTHER_PAGES;
      }
    }
    for (long block : blocks) {
      site.record(block, page, ++clock);
    }
    return repeated;
  }

  /** A 64-bit FNV-1a hash of the text with case and white space folded. */
  static long fingerprint(String text) {
    long h = 0xcbf29ce484222325L;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
        continue;
      }
      if (space) {
        h = (h ^ ' ') * 0x100000001b3L;
        space = false;
      }
      h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
    }
    return h;
  }

  /** One site's fingerprints in parallel arrays: a few hundred entries, searched linearly. */
  private static final class Site {
    final long[] blocks;
    final int[] pages;
    final long[] lastPage;
    final long[] lastUse;
    int size;

    Site(int capacity) {
      blocks = new long[capacity];
      pages = new int[capacity];
      lastPage = new long[capacity];
      lastUse = new long[capacity];
    }

    int find(long block) {
      for (int i = 0; i < size; i++) {
        if (blocks[i] == block) {
          return i;
        }
      }
      return -1;
    }

    void record(long block, long page, long now) {
      int slot = find(block);
      if (slot >= 0) {
        if (lastPage[slot] != page) {
          pages[slot]++;
          lastPage[slot] = page;
        }
        lastUse[slot] = now;
        return;
      }
      slot = size < blocks.length ? size++ : victim();
      blocks[slot] = block;
      pages[slot] = 1;
      lastPage[slot] = page;
      lastUse[slot] = now;
    }

    /** The entry seen on fewest pages, the least recently used among those. */
    private int victim() {
      int best = 0;
      for (int i = 1; i < size; i++) {
        if (pages[i] < pages[best] || pages[i] == pages[best] && lastUse[i] < lastUse[best]) {
          best = i;
        }
      }
      return best;
    }
  }
}
