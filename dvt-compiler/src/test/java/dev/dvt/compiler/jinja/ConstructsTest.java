package dev.dvt.compiler.jinja;

import static dev.dvt.compiler.jinja.TestingEngine.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per dbt Jinja construct of reference/jinjava-dbt.md that DVT supports. */
class ConstructsTest {

    @Test
    void macroWithPositionalAndKeywordArguments() {
        assertThat(render("{% macro m(a, b=1) %}{{ a }}-{{ b }}{% endmacro %}{{ m(1) }} {{ m(2, b=3) }} {{ m(b=5, a=4) }}"))
                .isEqualTo("1-1 2-3 4-5");
    }

    @Test
    void trailingCommasInCallsListsAndDicts() {
        assertThat(render("{% macro m(a, b=1) %}{{ a }}-{{ b }}{% endmacro %}{{ m(\n  1,\n  b=[2, 3,],\n) }}"))
                .isEqualTo("1-[2, 3]");
        assertThat(render("{% set d = {'k': 'v',} %}{{ d['k'] }}")).isEqualTo("v");
    }

    @Test
    void varargsAndKwargs() {
        assertThat(render("{% macro m(a) %}{{ varargs }} {{ kwargs }}{% endmacro %}{{ m(1, 2, 3, z=3) }}"))
                .isEqualTo("[2, 3] {'z': 3}");
    }

    @Test
    void returnOfNonStringValues() {
        assertThat(render("{% macro l() %}{{ return([1, 2]) }}{% endmacro %}{{ l()[1] }}")).isEqualTo("2");
        assertThat(render("{% macro d() %}{{ return({'a': 1}) }}{% endmacro %}{{ d()['a'] + 1 }}")).isEqualTo("2");
        assertThat(render("{% macro i() %}{{ return(41) }}{% endmacro %}{{ i() + 1 }}")).isEqualTo("42");
    }

    @Test
    void earlyReturnStopsTheMacro() {
        assertThat(render("""
                {%- macro m(x) -%}
                  {%- if x > 1 -%}{{ return('big') }}{%- endif -%}
                  {%- for i in range(3) -%}{%- if i == x -%}{{ return('at ' ~ i) }}{%- endif -%}{%- endfor -%}
                  {{ return('none') }}
                {%- endmacro -%}
                {{ m(5) }},{{ m(1) }},{{ m(-1) }}""")).isEqualTo("big,at 1,none");
    }

    @Test
    void recursion() {
        assertThat(render("{% macro fact(n) %}{% if n <= 1 %}{{ return(1) }}{% endif %}"
                + "{{ return(n * fact(n - 1)) }}{% endmacro %}{{ fact(5) }}")).isEqualTo("120");
    }

    @Test
    void ifWithPythonColon() {
        assertThat(render("{% if true: %}yes{% elif false: %}no{% else: %}never{% endif %}")).isEqualTo("yes");
    }

    @Test
    void tupleUnpackingInSet() {
        assertThat(render("{% macro pair() %}{{ return([1, 'b']) }}{% endmacro %}{% set a, b = pair() %}{{ a }}{{ b }}"))
                .isEqualTo("1b");
    }

    @Test
    void namespaceAndDo() {
        assertThat(render("{% set ns = namespace(x=1) %}{% for i in [1,2] %}{% set ns.x = ns.x + i %}{% endfor %}"
                + "{% set xs = [] %}{% do xs.append(ns.x) %}{{ xs }}")).isEqualTo("[4]");
    }

    @Test
    void blockSet() {
        assertThat(render("{% set x %}select {{ 1 }}{% endset %}[{{ x }}]")).isEqualTo("[select 1]");
    }

    @Test
    void expressionWhitespaceControlTrims() {
        assertThat(render("a  {{- 'b' -}}  c\n{%- if true %} d{% endif %}")).isEqualTo("abc d");
    }

    @Test
    void noTrimBlocksByDefault() {
        assertThat(render("{% if true %}\nx\n{% endif %}\n")).isEqualTo("\nx\n\n");
    }

    @Test
    void loopVariables() {
        assertThat(render("{% for x in ['a','b','c'] %}{{ loop.index }}{{ x }}{% if not loop.last %},{% endif %}"
                + "{% endfor %}")).isEqualTo("1a,2b,3c");
    }

    @Test
    void dictItemsAndKeys() {
        assertThat(render("{% set d = {'a': 1, 'b': 2} %}{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}"
                + "{% for k in d %}{{ k }}{% endfor %}")).isEqualTo("a=1;b=2;ab");
    }

    @Test
    void pythonStringMethods() {
        assertThat(render("{{ 'a,b'.split(',') }} {{ '\"x\"'.strip('\"') }} {{ 'ab'.upper() }} "
                + "{{ 'ab'.startswith('a') }} {{ '{}_{}'.format('x', 1) }} {{ ', '.join(['p', 'q']) }} {{ 'abc'[0] }}"))
                .isEqualTo("['a', 'b'] x AB True x_1 p, q a");
    }

    @Test
    void percentFormatting() {
        assertThat(render("{{ '%s.%s' % ('a', 'b') }} {% set n = 3 %}{{ 'n=%d' % n }} {{ \"%s-%s\" % (n, 'x') }}"))
                .isEqualTo("a.b n=3 3-x");
    }

    @Test
    void plusWithoutSpace() {
        assertThat(render("{% set x = 1 %}{{ x+1 }} {{ 1 +1 }}")).isEqualTo("2 2");
    }

    @Test
    void dictPopAndGet() {
        assertThat(render("{% set d = {'a': 1, 'b': 2} %}{{ d.pop('a') }} {{ d.get('z', 9) }} {{ d }}"))
                .isEqualTo("1 9 {'b': 2}");
    }

    @Test
    void zipDictAndRange() {
        assertThat(render("{% for a, b in zip([1,2], ['x','y']) %}{{ a }}{{ b }}{% endfor %} {{ dict(a=1) }} "
                + "{{ range(3) | list }}")).isEqualTo("1x2y {'a': 1} [0, 1, 2]");
    }

    @Test
    void filters() {
        assertThat(render("{{ {'a': [1]} | tojson }} {{ ('{\"b\": 2}' | fromjson)['b'] }} "
                + "{{ 'True' | as_bool }} {{ ('3' | as_number) + 1 }} {{ \"['a']\" | as_native }} {{ 5 | as_text }}"))
                .isEqualTo("{\"a\":[1]} 2 True 4 ['a'] 5");
    }

    @Test
    void jsonAndYamlFunctions() {
        assertThat(render("{{ fromyaml('a: [1, 2]')['a'][1] }} {{ tojson([1]) }} {{ fromjson('[3]')[0] }}"))
                .isEqualTo("2 [1] 3");
    }

    @Test
    void undefinedVariableRendersEmpty() {
        assertThat(render("[{{ nothing }}][{{ nothing.attr }}]")).isEqualTo("[][]");
    }

    @Test
    void modules() {
        assertThat(render("{{ modules.datetime.datetime.strptime('2024-03-05', '%Y-%m-%d').strftime('%d/%m/%Y') }} "
                + "{{ modules.re.sub('a+', 'b', 'caaat') }} {{ modules.itertools.chain([1], [2]) }} "
                + "{{ modules.datetime.timedelta(days=2).days }}"))
                .isEqualTo("05/03/2024 cbt [1, 2] 2");
        assertThat(render("{{ modules.datetime.datetime.now().strftime('%Y') }}")).matches("\\d{4}");
    }

    @Test
    void dictLiteralKeysMayBeAnyExpression() {
        assertThat(render("{% set col = {'column': 'ID'} %}{% set d = {} %}"
                + "{% do d.update({col.column: 1, col['column'].lower(): 2, 'a' ~ 'b': 3, name: 4}) %}{{ d }}"))
                .isEqualTo("{'ID': 1, 'id': 2, 'ab': 3, 'name': 4}");
    }

    @Test
    void callArgumentsSpreadFromDictsAndLists() {
        assertThat(render("{% macro m(a, b=1, c=2) %}{{ a }}-{{ b }}-{{ c }}{% endmacro %}"
                + "{% set kw = {'c': 9, 'b': 8} %}{% set args = [5, 6] %}"
                + "{{ m(1, **kw) }} {{ m( *args) }} {{ m(*args, c=kw.c) }} {{ 2 * 3 }} {{ 2 ** 3 }}"))
                .isEqualTo("1-8-9 5-6-2 5-6-9 6 8");
        assertThat(render("{% macro default__m(x, y) %}{{ x }}{{ y }}{% endmacro %}{% set kw = {'y': 2} %}"
                + "{{ adapter.dispatch('m')(1, **kw) }}|{{ default__m(**{'x': 3, 'y': 4}) }}")).isEqualTo("12|34");
    }

    @Test
    void keywordArgumentValuesKeepPythonPrecedence() {
        assertThat(render("{% macro m(a, b, c='', d=none) %}{{ a }}/{{ b }}/{{ c }}/{{ d }}{% endmacro %}"
                + "{{ m(\n  a = 1,\n  b = 2 ~ '%',\n  c = 'x' if true else 'y', d = [1, 2][0] + 1\n) }}"
                + "|{{ m(a=(1), b=range(2) | length, d=3) }}")).isEqualTo("1/2%/x/2|1/2//3");
    }

    @Test
    void datetimeModuleClassesReplaceAndArithmetic() {
        assertThat(render("{% set d = modules.datetime.datetime(2024, 3, 1, 10, 30) %}"
                + "{{ d }}|{{ d.replace(hour=0, minute=0) }}|{{ d - modules.datetime.timedelta(days=1) }}|"
                + "{{ modules.datetime.date(2024, 1, 31) + modules.datetime.timedelta(1) }}|"
                + "{{ (d - modules.datetime.datetime(2024, 2, 28)).days }}|{{ d.date() }}|{{ d.strftime('%Y%m') }}|"
                + "{{ modules.datetime.datetime.fromisoformat('2024-01-02T03:04:05').isoformat() }}|"
                + "{{ modules.datetime.datetime.today().year > 2000 }}|{{ 1 + 2 }}|{{ [1] + [2] }}|{{ 'a' + 'b' }}"))
                .isEqualTo("2024-03-01 10:30:00|2024-03-01 00:00:00|2024-02-29 10:30:00|2024-02-01|2|2024-03-01|"
                        + "202403|2024-01-02T03:04:05|True|3|[1, 2]|ab");
    }

    @Test
    void stringLiteralsKeepPythonBackslashes() {
        assertThat(render("{{ '(?i)\\s+x\\d' }}|{{ modules.re.sub('\\s+', '_', 'a  b') }}|{{ 'it\\'s' }}|"
                + "{{ \"say \\\"hi\\\"\" }}|{{ 'a\\\\b' }}|{{ 'q\\\"' }}"))
                .isEqualTo("(?i)\\s+x\\d|a_b|it's|say \"hi\"|a\\b|q\"");
    }

    @Test
    void regexesUsePythonSyntax() {
        assertThat(PyModules.javaRegex("({{\\s*ref)a{2}b{1,}c{,3}[{}](?P<n>x)(?P=n)"))
                .isEqualTo("(\\{\\{\\s*ref)a{2}b{1,}c{0,3}[{}](?<n>x)\\k<n>");
        assertThat(java.util.regex.Pattern.compile(PyModules.javaRegex("({{\\s*ref)a{2}b{1,}c{,3}[{}](?P<n>x)(?P=n)"))
                .matcher("{{ refaabccc{xx").matches()).isTrue();
        assertThat(render("{{ modules.re.search('({{\\s*ref)', 'from {{ ref(x) }}').group(1) }}|"
                + "{{ modules.re.sub('a{2}', '-', 'caab') }}")).isEqualTo("{{ ref|c-b");
    }

    @Test
    void listMethodsOnFilterResults() {
        assertThat(render("{% set xs = ([3, 1, 2] | sort | list) %}{{ xs.pop() }}{{ xs.pop(0) }}"
                + "{% do xs.append(7) %}{% do xs.insert(0, 9) %}{{ xs }}{{ xs.index(7) }}{{ xs.count(9) }}"
                + "{{ (['a', 'b'] | list).pop() }}")).isEqualTo("31[9, 2, 7]21b");
    }

    @Test
    void macroDefaultsMayNameEarlierParameters() {
        assertThat(render("{% macro m(schema_name, name=schema_name, label=name ~ '!', other='schema_name') %}"
                + "{{ name }}/{{ label }}/{{ other }}{% endmacro %}{{ m('raw') }}|{{ m('raw', name='x') }}"))
                .isEqualTo("raw/raw!/schema_name|x/x!/schema_name");
    }

    @Test
    void pythonReSubReplacementsAndTupleSorting() {
        assertThat(render("{{ modules.re.sub('(a)(b)', '\\\\g<2>\\\\1$', 'xab') }}|"
                + "{{ [('s', 2), ('d', 1), ('d', 0)] | sort }}|{{ [3, 1, 2] | sort(reverse=true) }}"))
                .isEqualTo("xba$|[['d', 0], ['d', 1], ['s', 2]]|[3, 2, 1]");
    }

    @Test
    void conditionalExpressionsWithACallAfterElse() {
        assertThat(render("{% set tz = none %}{{ tz if tz else range(2) | length }}|{{ tz if tz else 'a' ~ 'b' }}|"
                + "{{ [1 if tz else 2, 3] }}|{{ 'x' if tz else 'y' if not tz else 'z' }}"
                + "{% if tz %}no{% else %}|else{% endif %}")).isEqualTo("2|ab|[2, 3]|y|else");
    }

    @Test
    void pytzTimezonesLocalizeAndRunStartedAt() {
        assertThat(render("{% set tz = modules.pytz.timezone('America/Los_Angeles') %}"
                + "{% set d = tz.localize(modules.datetime.datetime(2026, 1, 2)) %}{{ tz }}|{{ d }}|{{ d.tzinfo }}|"
                + "{{ d.astimezone(modules.pytz.utc) }}|{{ modules.datetime.datetime(2026, 1, 2).tzinfo is none }}|"
                + "{{ modules.datetime.date(2026, 1, 2).hour is defined }}|{{ run_started_at.tzinfo }}|"
                + "{{ d < modules.pytz.utc.localize(modules.datetime.datetime(2026, 1, 2, 9)) }}|"
                + "{{ modules.pytz.utc.localize(modules.datetime.datetime(1970, 1, 2)).timestamp() }}|{{ d.weekday() }}"))
                .isEqualTo("America/Los_Angeles|2026-01-02 00:00:00-08:00|-08:00|2026-01-02 08:00:00+00:00|True|"
                        + "False|UTC|True|86400.0|4");
    }
}
