package io.spotcheck.targeting;

import io.spotcheck.casefile.Uscc;
import io.spotcheck.support.TestRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the plan's CSV files in memory for tests, and plans them with the project's rules. */
final class PlanData {

    private final Map<String, StringBuilder> files = new LinkedHashMap<>();

    PlanData() {
        files.put("catalogue.csv", new StringBuilder("category_code,name,risk_level,key_catalogue\n"));
        files.put("firms.csv", new StringBuilder(
                "uscc,name,district,role,credit_risk,category_codes,industry_leader,reachable\n"));
        files.put("history.csv", new StringBuilder("uscc,category_code,level,result,checked_on\n"));
    }

    /** A valid USCC numbered {@code n}. */
    static String uscc(int n) {
        String first17 = "91310115MA" + String.format("%07d", n);
        return first17 + Uscc.checkCharacter(first17);
    }

    PlanData category(String code, int riskLevel, boolean key) {
        files.get("catalogue.csv").append(code).append(",品类").append(code).append(',').append(riskLevel).append(',')
                .append(key).append('\n');
        return this;
    }

    PlanData firm(int n, String credit, String... categories) {
        return firmRow(uscc(n) + ",企业" + n + ",浦东新区,PRODUCER," + credit + "," + String.join(";", categories)
                + ",false,true");
    }

    PlanData unreachableFirm(int n, String credit, String... categories) {
        return firmRow(uscc(n) + ",企业" + n + ",浦东新区,PRODUCER," + credit + "," + String.join(";", categories)
                + ",false,false");
    }

    PlanData firmRow(String row) {
        files.get("firms.csv").append(row).append('\n');
        return this;
    }

    PlanData check(int firm, String category, String level, String result, String date) {
        files.get("history.csv").append(uscc(firm)).append(',').append(category).append(',').append(level).append(',')
                .append(result).append(',').append(date).append('\n');
        return this;
    }

    PlanData signal(int firm, String kind, String date) {
        files.computeIfAbsent("signals.csv", k -> new StringBuilder("uscc,kind,date\n"))
                .append(uscc(firm)).append(',').append(kind).append(',').append(date).append('\n');
        return this;
    }

    PlanData inspectors(int n) {
        StringBuilder b = files.computeIfAbsent("inspectors.csv", k -> new StringBuilder("inspector_id,name,district\n"));
        for (int i = 1; i <= n; i++) {
            b.append("I").append(i).append(",抽样员").append(i).append(",\n");
        }
        return this;
    }

    /** Replaces a whole file, header included. */
    PlanData file(String name, String text) {
        files.put(name, new StringBuilder(text));
        return this;
    }

    PlanData without(String name) {
        files.remove(name);
        return this;
    }

    Planner.Files files() {
        return name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).toString().getBytes(StandardCharsets.UTF_8)) : null;
    }

    Plan plan(int year, int budget, String seed) {
        return plan(new PlanRequest(year, budget, seed, null));
    }

    Plan plan(int year, int budget, String seed, LocalDate start) {
        return plan(new PlanRequest(year, budget, seed, start));
    }

    Plan plan(PlanRequest request) {
        return new Planner(TestRules.RULES, 1_000_000).plan(request, files(), Progress.NONE);
    }

    /** The plan row of firm {@code n}, category {@code c}, or null. */
    static Plan.Row row(Plan plan, int n, String c) {
        return plan.rows().stream().filter(r -> r.uscc().equals(uscc(n)) && r.categoryCode().equals(c))
                .findFirst().orElse(null);
    }
}
