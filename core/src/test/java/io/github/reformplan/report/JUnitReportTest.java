package io.github.reformplan.report;

import static io.github.reformplan.report.ReportFixtures.CLEAN_FILE;
import static io.github.reformplan.report.ReportFixtures.EMPTY_FILE;
import static io.github.reformplan.report.ReportFixtures.VI;
import static io.github.reformplan.report.ReportFixtures.VIETNAMESE_FILE;
import static io.github.reformplan.report.ReportFixtures.finding;
import static io.github.reformplan.report.ReportFixtures.render;
import static io.github.reformplan.report.ReportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

    /** Parses as a CI server would, but safely: no DOCTYPE, no external entities. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name + " in " + parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    @Test
    void oneSuitePerFileOneCasePerFindingAndErrorsFailByDefault() throws Exception {
        String xml = render(new JUnitReport(), sample(), Locale.ENGLISH);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("name")).isEqualTo("reformplan");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("errors")).isEqualTo("0");

        List<Element> suites = children(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly(VIETNAMESE_FILE, EMPTY_FILE, CLEAN_FILE);
        assertThat(suites).extracting(s -> s.getAttribute("tests")).containsExactly("3", "1", "1");
        assertThat(suites).extracting(s -> s.getAttribute("failures")).containsExactly("1", "1", "0");

        List<Element> cases = children(suites.get(0), "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly(
                "target-unserved 20:5 /targets/1", "task-lead-missing 30:5 /tasks/0", "agency-alias 41:12 /tasks/1/lead/0");
        // The path without its extension's dot, folders as packages: Jenkins shows class "Kế hoạch xã Mẫu 2026" in
        // package "plans", not a class named "yaml".
        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsOnly("plans.Kế hoạch xã Mẫu 2026");

        Element failure = only(cases.get(1), "failure");
        assertThat(failure.getAttribute("type")).isEqualTo("task-lead-missing");
        assertThat(failure.getAttribute("message")).isEqualTo("Task 1 has no lead agency (cơ quan chủ trì)");
        assertThat(failure.getTextContent())
                .isEqualTo(VIETNAMESE_FILE + ":30:5: error task-lead-missing Task 1 has no lead agency (cơ quan chủ trì)");

        assertThat(children(cases.get(0), "failure")).isEmpty();
        assertThat(only(cases.get(0), "system-out").getTextContent())
                .isEqualTo(VIETNAMESE_FILE + ":20:5: warning target-unserved No task serves target 2");

        Element parse = only(suites.get(1), "testcase");
        assertThat(parse.getAttribute("name")).isEqualTo("parse");
        assertThat(only(parse, "failure").getTextContent()).isEqualTo(EMPTY_FILE + ": error parse The file is empty");

        Element clean = only(suites.get(2), "testcase");
        assertThat(clean.getAttribute("name")).isEqualTo("reformplan");
        assertThat(clean.getAttribute("classname")).isEqualTo("plans.clean");
        assertThat(clean.getChildNodes().getLength()).isZero();
    }

    @Test
    void classNamesAreThePathWithoutTheExtensionWithFoldersAsPackages() {
        assertThat(JUnitReport.className("plans/ha-tinh-2026.yaml")).isEqualTo("plans.ha-tinh-2026");
        assertThat(JUnitReport.className("./src/plans//ha-tinh-2026.yml")).isEqualTo("src.plans.ha-tinh-2026");
        assertThat(JUnitReport.className("src\\plans\\ke-hoach.v2.json")).isEqualTo("src.plans.ke-hoach_v2");
        assertThat(JUnitReport.className("/home/u/plans/a.yaml")).isEqualTo("home.u.plans.a");
        assertThat(JUnitReport.className("../plans/a.yaml")).isEqualTo("plans.a");
        assertThat(JUnitReport.className("-")).isEqualTo("-");
    }

    @Test
    void theThresholdDecidesWhatFails() throws Exception {
        Element info = parse(render(new JUnitReport(Severity.INFO), sample(), VI)).getDocumentElement();
        assertThat(info.getAttribute("failures")).isEqualTo("4");
        Element warning = parse(render(new JUnitReport(Severity.WARNING), sample(), VI)).getDocumentElement();
        assertThat(warning.getAttribute("failures")).isEqualTo("3");
        Element never = parse(render(new JUnitReport(null), sample(), VI)).getDocumentElement();
        assertThat(never.getAttribute("failures")).isEqualTo("0");
        assertThat(never.getElementsByTagName("failure").getLength()).isZero();
        assertThat(never.getElementsByTagName("system-out").getLength()).isEqualTo(4);
    }

    @Test
    void vietnameseTextAndControlCharactersStayWellFormedAndVisible() throws Exception {
        String nasty = "Sở \u0001KH<CN> & \"Đ\" \u001b[31m \uD800 ]]> 😀";
        ValidationResult result = new ValidationResult(List.of(new ValidationResult.FileResult(
                "plans/Kế hoạch \u0007.yaml", "x", List.of(finding("agency-unknown", Severity.ERROR,
                        "plans/Kế hoạch \u0007.yaml", "/tasks/0/lead/0", 3, 7, "agency-unknown", null, nasty)))));
        String xml = render(new JUnitReport(), result, VI);
        Element root = parse(xml).getDocumentElement();
        Element failure = (Element) root.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("Không xác định được cơ quan 'Sở \\x01KH<CN> & \"Đ\" \\x1b[31m \uFFFD ]]> 😀'");
        assertThat(failure.getTextContent()).contains("Sở \\x01KH<CN> & \"Đ\"", "]]> 😀");
        assertThat(((Element) root.getElementsByTagName("testsuite").item(0)).getAttribute("name"))
                .isEqualTo("plans/Kế hoạch \\x07.yaml");
    }

    @Test
    void anEmptyResultIsAnEmptySuiteList() throws Exception {
        Element root = parse(render(new JUnitReport(), new ValidationResult(List.of()), VI)).getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("0");
        assertThat(root.getElementsByTagName("testsuite").getLength()).isZero();
    }
}
