package dev.dvt.core.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpecParserTest {
    private final SpecParser parser = new SpecParser(IndirectSelection.CAUTIOUS, Optional.empty());

    @Test
    void parsesEveryPartOfASpec() {
        SelectorSpec.Method spec = parser.parseSingle("2+config.meta.owner:alice+3");
        assertThat(spec.method()).isEqualTo(MethodName.CONFIG);
        assertThat(spec.arguments()).containsExactly("meta", "owner");
        assertThat(spec.value()).isEqualTo("alice");
        assertThat(spec.parents()).isTrue();
        assertThat(spec.parentsDepth()).isEqualTo(OptionalInt.of(2));
        assertThat(spec.children()).isTrue();
        assertThat(spec.childrenDepth()).isEqualTo(OptionalInt.of(3));
        assertThat(spec.childrensParents()).isFalse();
        assertThat(spec.indirectSelection()).isEqualTo(IndirectSelection.CAUTIOUS);
        assertThat(spec).hasToString("2+config.meta.owner:alice+3");
    }

    @Test
    void unlimitedOperatorsAndAt() {
        SelectorSpec.Method both = parser.parseSingle("+tag:x+");
        assertThat(both.parentsDepth()).isEmpty();
        assertThat(both.childrenDepth()).isEmpty();
        assertThat(parser.parseSingle("@orders").childrensParents()).isTrue();
        assertThat(parser.parseSingle("@orders")).hasToString("@fqn:orders");
    }

    @Test
    void defaultMethodFollowsTheShapeOfTheValue() {
        assertThat(parser.parseSingle("models/staging").method()).isEqualTo(MethodName.PATH);
        assertThat(parser.parseSingle("models\\staging").method()).isEqualTo(MethodName.PATH);
        assertThat(parser.parseSingle("orders.sql").method()).isEqualTo(MethodName.FILE);
        assertThat(parser.parseSingle("Orders.PY").method()).isEqualTo(MethodName.FILE);
        assertThat(parser.parseSingle("seed.csv+").method()).isEqualTo(MethodName.FILE);
        assertThat(parser.parseSingle("pkg.staging.orders").method()).isEqualTo(MethodName.FQN);
    }

    @Test
    void commandLineIsDifferenceOfUnionsOfIntersections() {
        SelectorSpec spec = parser.parseCommandLine(List.of("a b,c", "d"), List.of("e"));
        SelectorSpec.Combined difference = (SelectorSpec.Combined) spec;
        assertThat(difference.operator()).isEqualTo(SelectorSpec.Operator.DIFFERENCE);
        SelectorSpec.Combined union = (SelectorSpec.Combined) difference.parts().get(0);
        assertThat(union.operator()).isEqualTo(SelectorSpec.Operator.UNION);
        assertThat(union.parts()).hasSize(3);
        SelectorSpec.Combined intersection = (SelectorSpec.Combined) union.parts().get(1);
        assertThat(intersection.operator()).isEqualTo(SelectorSpec.Operator.INTERSECTION);
        assertThat(intersection.parts()).extracting(Object::toString)
                .containsExactly("fqn:b", "fqn:c");
        assertThat(intersection.warnIfEmpty()).isTrue();
    }

    @Test
    void noSelectMeansTheDefaultIncludes() {
        SelectorSpec.Combined spec = (SelectorSpec.Combined) parser.parseCommandLine(List.of(),
                List.of());
        SelectorSpec.Combined union = (SelectorSpec.Combined) spec.parts().get(0);
        assertThat(union.parts()).extracting(Object::toString).containsExactlyElementsOf(
                SpecParser.DEFAULT_INCLUDES);
        assertThat(((SelectorSpec.Combined) union.parts().get(0)).warnIfEmpty()).isFalse();
    }

    @Test
    void rejectsBadSpecs() {
        assertThatThrownBy(() -> parser.parseSingle("@a+")).hasMessageContaining("'@a+'");
        assertThatThrownBy(() -> parser.parseSingle("tag:")).hasMessageContaining("no value");
        assertThatThrownBy(() -> parser.parseSingle("config:table"))
                .hasMessageContaining("config.materialized:table");
        assertThatThrownBy(() -> parser.parseSingle("99999999999+a"))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> parser.parseSingle("tags:x"))
                .hasMessageContaining("'tags' in selector 'tags:x' is not a valid method name");
    }
}
