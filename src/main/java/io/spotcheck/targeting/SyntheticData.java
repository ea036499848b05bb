package io.spotcheck.targeting;

import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.Uscc;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic plan dataset in the CONTRACT §2 format: real Shanghai key-product categories, firms with
 * valid USCCs spread over the 16 districts, skewed credit classes, five years of history, signals and inspectors.
 * The same size, year and seed always give the same files.
 */
public final class SyntheticData {

    /** code, name, risk level, key catalogue — categories of Shanghai's key-product quality monitoring. */
    static final List<String[]> CATEGORIES = List.of(
            new String[] {"DX-01", "电线电缆", "1", "true"}, new String[] {"WJ-01", "儿童玩具", "1", "true"},
            new String[] {"DDC-01", "电动自行车", "1", "true"}, new String[] {"RQ-01", "燃气灶具", "1", "true"},
            new String[] {"XS-01", "学生用品", "1", "true"}, new String[] {"DR-01", "电热毯", "1", "true"},
            new String[] {"CZ-01", "插头插座", "1", "true"}, new String[] {"DDC-02", "电动自行车充电器", "1", "true"},
            new String[] {"TC-01", "童车", "1", "true"}, new String[] {"TK-01", "电动自行车头盔", "1", "true"},
            new String[] {"DR-03", "电热水壶", "2", "true"}, new String[] {"FZ-01", "婴幼儿及儿童服装", "2", "true"},
            new String[] {"FZ-02", "学生校服", "2", "true"}, new String[] {"XF-01", "防火门", "2", "true"},
            new String[] {"XF-02", "灭火器", "2", "true"}, new String[] {"AQ-01", "安全帽", "2", "true"},
            new String[] {"DQ-01", "电吹风", "2", "true"}, new String[] {"DQ-02", "电饭锅", "2", "true"},
            new String[] {"DQ-03", "空气净化器", "2", "true"}, new String[] {"DR-05", "电暖器", "2", "true"},
            new String[] {"SP-01", "食品用塑料包装容器", "2", "true"}, new String[] {"SP-02", "食品用纸制品", "2", "true"},
            new String[] {"HZ-01", "化妆品用塑料瓶", "3", "true"}, new String[] {"JJ-01", "家具", "2", "true"},
            new String[] {"JC-01", "人造板", "2", "true"}, new String[] {"JC-02", "建筑防水卷材", "2", "true"},
            new String[] {"JC-03", "涂料", "2", "true"}, new String[] {"LED-01", "LED照明灯具", "2", "true"},
            new String[] {"KZ-01", "日常防护型口罩", "2", "true"}, new String[] {"WX-01", "卫生巾", "3", "true"},
            new String[] {"FZ-03", "床上用品", "3", "false"}, new String[] {"XB-01", "箱包", "3", "false"},
            new String[] {"XL-01", "鞋类", "3", "false"}, new String[] {"WJ-02", "文具用品", "3", "false"},
            new String[] {"CJ-01", "厨具", "3", "false"}, new String[] {"DJ-01", "电动工具", "2", "false"});

    private static final String[] DISTRICT_CODES = {"01", "04", "05", "06", "07", "09", "10", "12", "13", "14",
            "15", "16", "17", "18", "20", "30"};
    private static final String[] WORDS = {"华", "申", "浦", "恒", "瑞", "丰", "鑫", "达", "盛", "安", "康", "顺", "宏", "信",
            "联", "通", "新", "利", "泰", "和", "光", "明", "佳", "美", "正", "元", "海", "东", "远", "宝"};
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private SyntheticData() {
    }

    /** Writes the five files for {@code firms} firms into {@code dir}. */
    public static void write(Path dir, int firms, int year, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        try (var w = writer(dir.resolve("catalogue.csv"))) {
            w.write("category_code,name,risk_level,key_catalogue\n");
            for (String[] c : CATEGORIES) {
                w.write(String.join(",", c) + "\n");
            }
        }
        String[] usccs = new String[firms];
        int[][] categories = new int[firms][];
        try (var w = writer(dir.resolve("firms.csv"))) {
            w.write("uscc,name,district,role,credit_risk,category_codes,industry_leader,reachable\n");
            for (int i = 0; i < firms; i++) {
                int d = random.nextInt(16);
                usccs[i] = uscc(random, DISTRICT_CODES[d], i);
                categories[i] = categories(random);
                StringBuilder codes = new StringBuilder();
                for (int c : categories[i]) {
                    codes.append(codes.isEmpty() ? "" : ";").append(CATEGORIES.get(c)[0]);
                }
                String product = CATEGORIES.get(categories[i][0])[1];
                String role = random.nextInt(10) < 6 ? "PRODUCER" : random.nextInt(4) == 0 ? "ONLINE_SELLER" : "SELLER";
                String name = "上海" + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
                        + product + (role.equals("PRODUCER") ? "有限公司" : "经营部") + (i >= 900 ? "" + i : "");
                w.write(usccs[i] + "," + name + "," + Districts.SHANGHAI.get(d) + "," + role + "," + credit(random)
                        + "," + codes + "," + (random.nextInt(100) == 0) + "," + (random.nextInt(100) != 0) + "\n");
            }
        }
        try (var w = writer(dir.resolve("history.csv"))) {
            w.write("uscc,category_code,level,result,checked_on\n");
            for (int y = year - 5; y < year; y++) {
                for (int i = 0; i < firms; i++) {
                    if (random.nextInt(100) >= 60) {
                        continue;
                    }
                    int c = categories[i][random.nextInt(categories[i].length)];
                    int l = random.nextInt(10);
                    String level = l == 0 ? "NATIONAL" : l < 6 ? "MUNICIPAL" : "DISTRICT";
                    String result = random.nextInt(100) < 8 ? "FAIL" : "PASS";
                    LocalDate date = LocalDate.of(y, 1, 1).plusDays(random.nextInt(365));
                    w.write(usccs[i] + "," + CATEGORIES.get(c)[0] + "," + level + "," + result + "," + date + "\n");
                }
            }
        }
        try (var w = writer(dir.resolve("signals.csv"))) {
            w.write("uscc,kind,date\n");
            String[] kinds = {"COMPLAINT", "COMPLAINT", "COMPLAINT", "PENALTY", "RECALL"};
            for (int i = 0; i < firms; i++) {
                if (random.nextInt(100) < 3) {
                    LocalDate date = LocalDate.of(year, 1, 1).minusDays(1 + random.nextInt(540));
                    w.write(usccs[i] + "," + kinds[random.nextInt(kinds.length)] + "," + date + "\n");
                }
            }
        }
        try (var w = writer(dir.resolve("inspectors.csv"))) {
            w.write("inspector_id,name,district\n");
            int n = Math.max(12, firms / 200);
            for (int i = 0; i < n; i++) {
                w.write(String.format("INS-%04d,抽样员%04d,%s%n", i + 1, i + 1, Districts.SHANGHAI.get(i % 16)));
            }
        }
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static String uscc(SplittableRandom random, String district, int i) {
        StringBuilder s = new StringBuilder("913101").append(district).append("MA");
        String serial = Integer.toString(i, 31).toUpperCase();
        for (int k = serial.length(); k < 7; k++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        for (char ch : serial.toCharArray()) {
            s.append(ALPHABET.charAt(Character.digit(ch, 31)));
        }
        String first17 = s.substring(0, 17);
        return first17 + Uscc.checkCharacter(first17);
    }

    private static int[] categories(SplittableRandom random) {
        int n = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 8 ? 2 : 3;
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int c;
            boolean dup;
            do {
                double z = random.nextDouble();
                c = (int) (CATEGORIES.size() * z * z);
                dup = false;
                for (int j = 0; j < k; j++) {
                    dup |= out[j] == c;
                }
            } while (dup);
            out[k] = c;
        }
        return out;
    }

    private static String credit(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 45 ? "A" : r < 80 ? "B" : r < 92 ? "C" : r < 97 ? "D" : "";
    }
}
