package io.cloudstorage.connect.source.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void rendersPlaceholdersAndKeepsTheTextBetweenThem() {
        Template template = Template.parse("logs.${service}-${env}$$");

        assertThat(template.render(Map.of("service", "web", "env", "prod"))).isEqualTo("logs.web-prod$");
        assertThat(template.placeholders()).containsExactly("service", "env");
        assertThat(template.literals()).containsExactly("logs.", "-", "$");
        assertThat(template.isConstant()).isFalse();
        assertThat(Template.parse("plain").isConstant()).isTrue();
    }

    @Test
    void rejectsUnclosedOrEmptyPlaceholdersNamingWhereTheyStart() {
        assertThatThrownBy(() -> Template.parse("a${b")).hasMessageContaining("index 1");
        assertThatThrownBy(() -> Template.parse("a${ }")).hasMessageContaining("no name");
    }

    @Test
    void aMissingValueIsNamed() {
        assertThatThrownBy(() -> Template.parse("${x}").render(Map.of())).hasMessageContaining("${x}");
    }
}
