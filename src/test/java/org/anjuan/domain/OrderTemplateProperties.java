package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrderTemplateProperties {

    record Item(int id, String title) { }

    @Property
    void arrangeIsAStableSortByRank(@ForAll("titles") List<String> titles) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            items.add(new Item(i, titles.get(i)));
        }
        OrderTemplate template = OrderTemplateTest.PUNISHMENT;

        List<Item> arranged = template.arrange(items, Item::title);

        assertThat(arranged).containsExactlyInAnyOrderElementsOf(items);
        for (int i = 1; i < arranged.size(); i++) {
            int before = template.rank(arranged.get(i - 1).title());
            int after = template.rank(arranged.get(i).title());
            assertThat(before).isLessThanOrEqualTo(after);
            if (before == after) {
                assertThat(arranged.get(i - 1).id()).isLessThan(arranged.get(i).id());
            }
        }
    }

    @Provide
    Arbitrary<List<String>> titles() {
        Arbitrary<String> known = Arbitraries.of("行政处罚决定书", "送达回证（处罚决定书）", "立案审批表", "询问笔录",
                "听证告知书", "事先告知书", "结案报告", "查封扣押决定书", "决定书送达回证");
        Arbitrary<String> unknown = Arbitraries.of("营业执照复印件", "现场照片", "其他", "");
        return Arbitraries.oneOf(known, unknown).list().ofMaxSize(25);
    }
}
