package org.commonslibrary.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and positional arguments of one bench command. */
final class BenchArguments {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    BenchArguments(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value.");
                }
                options.put(arg.substring(2), args.get(++i));
            } else {
                positional.add(arg);
            }
        }
    }

    String text(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    long number(String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
        }
    }

    List<Integer> numbers(String name, String fallback) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text(name, fallback).split(",")) {
            numbers.add(Integer.parseInt(part.strip()));
        }
        return numbers;
    }

    String positional(int index, String what) {
        if (index >= positional.size()) {
            throw new IllegalArgumentException("Name the " + what + ".");
        }
        return positional.get(index);
    }
}
