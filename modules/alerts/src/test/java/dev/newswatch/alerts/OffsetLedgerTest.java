package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;

class OffsetLedgerTest {

  @Test
  void nothingToCommitBeforeTheFirstRecord() {
    assertThat(new OffsetLedger(null).commitPoint()).isNull();
  }

  @Test
  void commitsUpToTheLowestPendingRecordAndListsFinishedOnesAboveIt() {
    OffsetLedger ledger = new OffsetLedger(null);
    ledger.add(10, 1);
    ledger.add(11, 2);
    ledger.add(12, 1);
    ledger.add(13, 0);
    ledger.add(14, 1);
    ledger.laneDone(12);
    ledger.laneDone(11);

    assertThat(ledger.commitPoint()).isEqualTo(new OffsetAndMetadata(10, "done:12-13"));

    ledger.laneDone(10);
    assertThat(ledger.commitPoint()).isEqualTo(new OffsetAndMetadata(11, "done:12-13"));

    ledger.laneDone(11);
    ledger.laneDone(14);
    assertThat(ledger.commitPoint()).isEqualTo(new OffsetAndMetadata(15, "done:"));
    assertThat(ledger.pendingCount()).isZero();
  }

  @Test
  void aNewOwnerRecognisesRecordsFinishedBeforeTheHandOver() {
    OffsetLedger before = new OffsetLedger(null);
    for (long offset = 0; offset < 6; offset++) {
      before.add(offset, 1);
    }
    before.laneDone(1);
    before.laneDone(3);
    before.laneDone(4);
    OffsetAndMetadata committed = before.commitPoint();
    assertThat(committed).isEqualTo(new OffsetAndMetadata(0, "done:1,3-4"));

    OffsetLedger after = new OffsetLedger(committed.metadata());

    assertThat(after.finishedBefore(0)).isFalse();
    assertThat(after.finishedBefore(1)).isTrue();
    assertThat(after.finishedBefore(2)).isFalse();
    assertThat(after.finishedBefore(3)).isTrue();
    assertThat(after.finishedBefore(4)).isTrue();
    assertThat(after.finishedBefore(5)).isFalse();
  }

  @Test
  void metadataStaysBoundedAndLeavesOutOnlyRangesThatAreThenResent() {
    OffsetLedger ledger = new OffsetLedger(null);
    for (long offset = 0; offset < 20_000; offset++) {
      ledger.add(offset, offset % 2 == 0 ? 1 : 0); // every even record pending: many short ranges
    }
    OffsetAndMetadata point = ledger.commitPoint();

    assertThat(point.offset()).isZero();
    assertThat(point.metadata().length()).isLessThanOrEqualTo(OffsetLedger.MAX_METADATA);
    OffsetLedger restored = new OffsetLedger(point.metadata());
    assertThat(restored.finishedBefore(1)).isTrue();
    assertThat(restored.finishedBefore(19_999)).isFalse(); // did not fit: delivered again, same id
  }

  @Test
  void unreadableMetadataMeansResendNotSkip() {
    assertThat(OffsetLedger.parse("done:1-x")).isEmpty();
    assertThat(OffsetLedger.parse("something else")).isEmpty();
    assertThat(new OffsetLedger("done:5-3").finishedBefore(4)).isFalse();
  }
}
