package org.anjuan.ui;

import java.util.List;
import java.util.Map;
import org.anjuan.app.AppContext;
import org.anjuan.app.HandoverService;
import org.anjuan.domain.Handover;

/** What the 移交验收 dialog asks of the application layer; every call may be slow and runs off the FX thread. */
public interface HandoverDesk {

    /** Every round of the case, oldest first. */
    List<Handover> history(long caseId);

    Handover receive(long caseId, String department, String person);

    Handover check(long caseId, List<String> newItems);

    Handover accept(long caseId, Map<Integer, String> waivers);

    Handover returnFile(long caseId, List<String> reasons);

    static HandoverDesk of(AppContext context) {
        HandoverService s = context.handovers();
        return new HandoverDesk() {
            @Override
            public List<Handover> history(long caseId) {
                return s.history(caseId);
            }

            @Override
            public Handover receive(long caseId, String department, String person) {
                return s.receive(caseId, department, person);
            }

            @Override
            public Handover check(long caseId, List<String> newItems) {
                return s.check(caseId, newItems);
            }

            @Override
            public Handover accept(long caseId, Map<Integer, String> waivers) {
                return s.accept(caseId, waivers);
            }

            @Override
            public Handover returnFile(long caseId, List<String> reasons) {
                return s.returnFile(caseId, reasons);
            }
        };
    }
}
