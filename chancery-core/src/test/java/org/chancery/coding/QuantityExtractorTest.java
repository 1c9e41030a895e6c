package org.chancery.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts attached to the coded event, over fixed parses of our own sentences. */
class QuantityExtractorTest {

    @ParameterizedTest(name = "{0}: {2} {3} from ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "qty-loan        | $500 million                | 500000000  | USD",
            "qty-helicopters | four Mi-35 helicopters      | 4          | helicopter",
            "qty-twice       | twice                       | 2          | times",
            "qty-crore       | Rs 5,000 crore              | 50000000000| PKR",
            "qty-fighters    | 7,000 fighters              | 7000       | troops",
            "qty-bn          | $1.3bn                      | 1300000000 | USD",
    })
    void quantityOfTheEvent(String fixture, String text, String value, String unit) {
        List<CodedEvent> events = Fixtures.code(fixture);
        assertTrue(!events.isEmpty(), fixture + " coded no event");
        List<Quantity> qs = events.stream().flatMap(e -> e.quantities().stream()).toList();
        assertEquals(1, qs.size(), fixture + ": " + qs);
        Quantity q = qs.get(0);
        assertEquals(text, q.text());
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), q.toString());
        assertEquals(unit, q.unit());
        String doc = Fixtures.load(fixture).annotated().document().text();
        assertEquals(q.text(), doc.substring(q.start(), q.end()));
    }
}
