package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainWalkTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 23, 9, 0, 5, 123_456_789);

    @Test
    void anUntouchedChainIsIntactWithItsLengthAndLastSeal() {
        List<AuditEntry> log = chain(1, 2, 3, 4, 5);
        AuditVerdict v = walk(log, 5L, log.get(4).hash());
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.entryId()).isEqualTo(5L);
        assertThat(v.lastHash()).isEqualTo(log.get(4).hash()).hasSize(64);
    }

    @Test
    void anEmptyLogWithoutAHeadIsIntact() {
        AuditVerdict v = walk(List.of(), null, null);
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isZero();
    }

    @Test
    void idsNeedNotBeConsecutive() {
        // a rolled-back change leaves a gap in the ids of the lines written before the chain
        List<AuditEntry> log = chain(1, 2, 7, 9);
        assertThat(walk(log, 9L, log.get(3).hash()).intact()).isTrue();
    }

    @Test
    void anEditedLineIsNamed() {
        List<AuditEntry> log = chain(1, 2, 3, 4, 5);
        AuditEntry e = log.get(2);
        log.set(2, new AuditEntry(e.id(), e.at(), e.actor(), e.action(), e.entity(), e.entityId(), "改过的说明",
                e.previousHash(), e.hash()));
        assertBroken(walk(log, 5L, log.get(4).hash()), AuditFault.EDITED, 3, 2L);
    }

    @Test
    void aChangedTimeIsAnEditEvenWhenOnlyTheMillisecondsDiffer() {
        List<AuditEntry> log = chain(1, 2, 3);
        AuditEntry e = log.get(1);
        log.set(1, new AuditEntry(e.id(), e.at().plusNanos(1_000_000), e.actor(), e.action(), e.entity(),
                e.entityId(), e.detail(), e.previousHash(), e.hash()));
        assertBroken(walk(log, 3L, log.get(2).hash()), AuditFault.EDITED, 2, 1L);
    }

    @Test
    void aLineResealedByHandWithoutItsSuccessorsIsCaughtAtTheNextLine() {
        List<AuditEntry> log = chain(1, 2, 3, 4);
        AuditEntry e = log.get(1);
        AuditEntry forged = new AuditEntry(e.id(), e.at(), "他人", e.action(), e.entity(), e.entityId(), e.detail(),
                null, null).sealedAfter(e.previousHash());
        log.set(1, forged);
        // line 3 still names the original seal of line 2: line 2 looks slipped in
        assertBroken(walk(log, 4L, log.get(3).hash()), AuditFault.DELETED, 3, 2L);
    }

    @Test
    void aDeletedMiddleLineIsNamedByTheLineAfterIt() {
        List<AuditEntry> log = chain(1, 2, 3, 4, 5);
        log.remove(2);
        assertBroken(walk(log, 5L, log.get(3).hash()), AuditFault.DELETED, 4, 2L);
    }

    @Test
    void aDeletedSecondToLastLineIsNamedWithTheHeadsHelp() {
        List<AuditEntry> log = chain(1, 2, 3, 4, 5);
        log.remove(3);
        assertBroken(walk(log, 5L, log.get(3).hash()), AuditFault.DELETED, 5, 3L);
    }

    @Test
    void aDeletedFirstLineIsNamedByTheSecond() {
        List<AuditEntry> log = chain(1, 2, 3);
        log.remove(0);
        assertBroken(walk(log, 3L, log.get(1).hash()), AuditFault.DELETED, 2, null);
    }

    @Test
    void deletedLastLinesAreShownByTheHead() {
        List<AuditEntry> log = chain(1, 2, 3, 4, 5);
        String head = log.get(4).hash();
        log.remove(4);
        log.remove(3);
        AuditVerdict v = walk(log, 5L, head);
        assertBroken(v, AuditFault.TAIL_DELETED, 5, 3L);
        assertThat(v.entries()).isEqualTo(3);
    }

    @Test
    void everyLineDeletedIsShownByTheHead() {
        assertBroken(walk(List.of(), 4L, "ab".repeat(32)), AuditFault.TAIL_DELETED, 4, null);
    }

    @Test
    void aLineSlippedInAndSealedOntoTheLineBeforeIsNamed() {
        List<AuditEntry> log = chain(10, 20, 30, 40);
        AuditEntry forged = line(25).sealedAfter(log.get(1).hash());
        log.add(2, forged);
        AuditVerdict v = walk(log, 40L, log.get(4).hash());
        assertBroken(v, AuditFault.INSERTED, 25, 20L);
        assertThat(v.entries()).isEqualTo(2);
    }

    @Test
    void aLineSlippedInWithAMadeUpSealIsNamed() {
        List<AuditEntry> log = chain(10, 20, 30, 40);
        log.add(2, line(25).sealedAfter("1f".repeat(32)));
        assertBroken(walk(log, 40L, log.get(4).hash()), AuditFault.INSERTED, 25, 20L);
    }

    @Test
    void aLineBeyondTheHeadIsInsertedEvenWhenSealedCorrectly() {
        List<AuditEntry> log = chain(1, 2, 3);
        String head = log.get(2).hash();
        log.add(line(4).sealedAfter(head));
        assertBroken(walk(log, 3L, head), AuditFault.INSERTED, 4, 3L);
    }

    @Test
    void anUnsealedLineIsNamed() {
        List<AuditEntry> log = chain(1, 2, 3);
        log.set(1, line(2));
        assertBroken(walk(log, 3L, log.get(2).hash()), AuditFault.UNSEALED, 2, 1L);
    }

    @Test
    void aHeadThatDisagreesWithTheLastLineIsNamed() {
        List<AuditEntry> log = chain(1, 2, 3);
        assertBroken(walk(log, 3L, "00".repeat(31) + "11"), AuditFault.HEAD_MISMATCH, 3, 2L);
    }

    @Test
    void theWalkStopsReadingAtTheFirstBreak() {
        List<AuditEntry> log = chain(1, 2, 3);
        log.set(0, line(1));
        AuditChainWalk walk = new AuditChainWalk(3L, log.get(2).hash());
        assertThat(walk.next(log.get(0))).isFalse();
        assertThat(walk.next(log.get(1))).isFalse();
        assertBroken(walk.verdict(), AuditFault.UNSEALED, 1, null);
    }

    @Test
    void theCanonicalTextIsExactAndTellsAMissingValueFromAnEmptyOne() {
        AuditEntry e = AuditEntry.unsealed(7, NINE, "档案员", "case.import", "case", null, "a\\b\nc");
        assertThat(AuditSeal.canonicalText(e, AuditSeal.GENESIS)).isEqualTo("""
                anjuan-audit-1
                id:7
                at:2026-11-23 09:00:05.123
                actor:档案员
                action:case.import
                entity:case
                entity_id:\\0
                detail:a\\\\b\\nc
                previous:%s
                """.formatted("0".repeat(64)));
        AuditEntry empty = AuditEntry.unsealed(7, NINE, "档案员", "case.import", "case", "", "a\\b\nc");
        assertThat(AuditSeal.hash(empty, AuditSeal.GENESIS)).isNotEqualTo(AuditSeal.hash(e, AuditSeal.GENESIS));
    }

    @Test
    void theSealIsTheSha256OfTheCanonicalText() {
        // as computed outside Java: printf 'anjuan-audit-1\nid:1\nat:2026-11-23 09:00:05.123\nactor:档案员\n
        // action:case.import\nentity:case\nentity_id:1\ndetail:\\0\nprevious:000…(64)\n' | sha256sum
        AuditEntry e = AuditEntry.unsealed(1, NINE, "档案员", "case.import", "case", "1", null);
        assertThat(AuditSeal.hash(e, AuditSeal.GENESIS)).isEqualTo(EXPECTED_FIRST_SEAL);
    }

    private static final String EXPECTED_FIRST_SEAL = "8adb27dd7b92a7df088a936762217b72d5db9a932ab9cdc7e8993b45d9e05ac9";

    private static void assertBroken(AuditVerdict v, AuditFault fault, long entryId, Long previousId) {
        assertThat(v.intact()).isFalse();
        assertThat(v.fault()).isEqualTo(fault);
        assertThat(v.entryId()).isEqualTo(entryId);
        assertThat(v.previousId()).isEqualTo(previousId);
    }

    private static AuditVerdict walk(List<AuditEntry> log, Long headId, String headHash) {
        AuditChainWalk walk = new AuditChainWalk(headId, headHash);
        for (AuditEntry e : log) {
            if (!walk.next(e)) {
                break;
            }
        }
        return walk.verdict();
    }

    private static List<AuditEntry> chain(long... ids) {
        List<AuditEntry> log = new ArrayList<>();
        String previous = AuditSeal.GENESIS;
        for (long id : ids) {
            AuditEntry e = line(id).sealedAfter(previous);
            log.add(e);
            previous = e.hash();
        }
        return log;
    }

    private static AuditEntry line(long id) {
        return AuditEntry.unsealed(id, NINE.plusSeconds(id), "档案员", "number.issue", "archive_number",
                "2023年厦国动罚字第0" + id + "号", "case 3 volume 1");
    }
}
