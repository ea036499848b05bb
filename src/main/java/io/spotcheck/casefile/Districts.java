package io.spotcheck.casefile;

import java.util.List;

/** Shanghai's 16 districts, the home of the district bureaus (区局). */
public final class Districts {

    public static final List<String> SHANGHAI = List.of(
            "黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区",
            "宝山区", "嘉定区", "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区");

    private Districts() {
    }

    /** The shared instance of a district's name (so a million firms hold 16 strings), or null for none. */
    public static String canonical(String district) {
        int i = SHANGHAI.indexOf(district);
        return i < 0 ? null : SHANGHAI.get(i);
    }

    public static boolean isShanghai(String district) {
        return SHANGHAI.contains(district);
    }
}
