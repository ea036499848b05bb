package io.spotcheck.security;

import io.spotcheck.casefile.Districts;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The users of the service, from {@code SPOTCHECK_USERS}: {@code name:password:ROLE[+ROLE];…}, a password either
 * plain or {@code {bcrypt}$2a$…}. With no users configured, one {@code admin} gets a random password, announced once.
 */
public final class Users {

    /**
     * One configured user; {@code password} is plain text or {@code {bcrypt}…}; {@code district} binds an officer to
     * one district bureau ({@code OFFICER@浦东新区}), null for the municipal bureau and every other role.
     */
    public record User(String name, String password, Set<Role> roles, String district) {

        public User(String name, String password, Set<Role> roles) {
            this(name, password, roles, null);
        }

        @Override
        public String toString() {
            return "User[" + name + ", " + roles + "]"; // never the password
        }
    }

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Users() {
    }

    /** Parses the configuration; a malformed entry stops start-up, naming the entry by position (never the password). */
    public static List<User> parse(String config) {
        Map<String, User> users = new LinkedHashMap<>();
        if (config == null || config.isBlank()) {
            return List.of();
        }
        String[] entries = config.split(";");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            String where = "SPOTCHECK_USERS entry " + (i + 1);
            String[] parts = entry.split(":", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isEmpty() || parts[2].isBlank()) {
                throw new BadUsers(where + " must be name:password:ROLE[+ROLE]");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            String district = null;
            for (String r : parts[2].split("\\+")) {
                String role = r.strip();
                int at = role.indexOf('@');
                if (at >= 0) {
                    district = role.substring(at + 1).strip();
                    role = role.substring(0, at).strip();
                    if (!role.equals(Role.OFFICER.name())) {
                        throw new BadUsers(where + " (" + parts[0] + "): only OFFICER is bound to a "
                                + "district (OFFICER@浦东新区), not " + role);
                    }
                    if (!Districts.isShanghai(district)) {
                        throw new BadUsers(where + " (" + parts[0] + "): \"" + district
                                + "\" is not one of Shanghai's 16 districts (" + String.join(" ", Districts.SHANGHAI)
                                + ")");
                    }
                }
                try {
                    roles.add(Role.valueOf(role));
                } catch (IllegalArgumentException e) {
                    throw new BadUsers(where + " (" + parts[0] + "): unknown role \"" + role
                            + "\"; expected " + Arrays.toString(Role.values()));
                }
            }
            if (users.put(parts[0].strip(), new User(parts[0].strip(), parts[1], roles, district)) != null) {
                throw new BadUsers(where + ": user " + parts[0].strip() + " is defined twice");
            }
        }
        return List.copyOf(users.values());
    }

    /** The configured users, or one {@code admin} with a fresh random password handed to {@code announce}. */
    public static List<User> orGeneratedAdmin(List<User> configured, Consumer<String> announce) {
        if (!configured.isEmpty()) {
            return configured;
        }
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        announce.accept(password.toString());
        return List.of(new User("admin", password.toString(), EnumSet.of(Role.ADMIN)));
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.joining("+"));
    }

    static List<String> names(List<User> users) {
        List<String> out = new ArrayList<>();
        users.forEach(u -> out.add(u.name() + " (" + rolesText(u.roles())
                + (u.district() == null ? "" : "@" + u.district()) + ")"));
        return out;
    }

    /** A {@code SPOTCHECK_USERS} the service cannot start with: the entry, the user and what is wrong in it. */
    public static final class BadUsers extends IllegalArgumentException {
        BadUsers(String message) {
            super(message);
        }
    }
}
