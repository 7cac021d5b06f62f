package dev.newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Wed, 02 Oct 2002 13:00:00 GMT          | 2002-10-02T13:00:00Z
      Wed, 02 Oct 2002 13:00:00 +0200        | 2002-10-02T11:00:00Z
      Wed, 02 Oct 2002 13:00 +0200           | 2002-10-02T11:00:00Z
      02 Oct 2002 13:00:00 GMT               | 2002-10-02T13:00:00Z
      2 Oct 2002 13:00:00 UT                 | 2002-10-02T13:00:00Z
      Wed, 02 Oct 02 13:00:00 EST            | 2002-10-02T18:00:00Z
      Sat, 07 Sep 99 01:00:00 PDT            | 1999-09-07T08:00:00Z
      Thu, 3 Sep 2026 9:05:00 CDT            | 2026-09-03T14:05:00Z
      Thursday, 03 Sep 2026 14:20:00 +0300   | 2026-09-03T11:20:00Z
      Tue, 20 May 2026 18:30:00 Z            | 2026-05-20T18:30:00Z
      Tue, 20 May 2026 18:30:00 +0000 (UTC)  | 2026-05-20T18:30:00Z
      Tue, 20 May 2026 18:30:00 +05:30       | 2026-05-20T13:00:00Z
      Tue, 20 May 2026 18:30:00              | 2026-05-20T18:30:00Z
      Tue, 20 May 2026 18:30:00 GMT+2        | 2026-05-20T16:30:00Z
      Tue, 20 June 2026 18:30:00 GMT         | 2026-06-20T18:30:00Z
      Tue, 20 May 2026 18:30:00 CEST         | 2026-05-20T16:30:00Z
      Mon, 17 Nov 2025 24:00:00 GMT          | 2025-11-18T00:00:00Z
      03 Apr 02 1500 GMT                     | 2002-04-03T15:00:00Z
      Mon, 21 Jan 2008 8:56 am PST           | 2008-01-21T16:56:00Z
      Sun, 20 Apr 2014 8:19 pm CEST          | 2014-04-20T18:19:00Z
      Sun, 20 Apr 2014 12:05 AM GMT          | 2014-04-20T00:05:00Z
      Sat, Dec 16 2023 02:02:33 PM           | 2023-12-16T14:02:33Z
      Seg, 24 Set 2018 19:18:49 -0300        | 2018-09-24T22:18:49Z
      Di, 03 Mär 2026 10:00:00 +0100         | 2026-03-03T09:00:00Z
      mer., 02 déc. 2026 10:00:00 +0100      | 2026-12-02T09:00:00Z
      2026-09-12T07:30:00+03:00              | 2026-09-12T04:30:00Z
      2026-09-12T07:30:00.123456+03:00       | 2026-09-12T04:30:00.123456Z
      2026-09-12T07:30:00.5Z                 | 2026-09-12T07:30:00.500Z
      2026-09-12T07:30Z                      | 2026-09-12T07:30:00Z
      2026-09-12T07:30:00-0500               | 2026-09-12T12:30:00Z
      2026-09-12T07:30:00                    | 2026-09-12T07:30:00Z
      2026-09-12 07:30:00                    | 2026-09-12T07:30:00Z
      2026-09-12t07:30:00z                   | 2026-09-12T07:30:00Z
      2026-09-12                             | 2026-09-12T00:00:00Z
      """)
  void readsRealWorldDates(String text, String expected) {
    assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "   ", "yesterday", "Wed, 32 Oct 2002 13:00:00 GMT", "2026-13-01T00:00:00Z",
      "02 Foo 2002 13:00:00 GMT", "Wed, 02 Oct 2002 13:00:00 XYZ", "2026-09-12T07:30:00 nonsense",
      "Mon, 21 Jan 2008 13:56 pm PST", "2017-06-13T03:18:00+00:0"})
  void returnsNullForWhatIsNotADate(String text) {
    assertThat(FeedDates.parse(text)).isNull();
  }

  @Test
  void returnsNullForNull() {
    assertThat(FeedDates.parse(null)).isNull();
  }
}
