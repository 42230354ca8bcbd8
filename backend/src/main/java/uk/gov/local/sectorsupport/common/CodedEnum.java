package uk.gov.local.sectorsupport.common;

import java.util.Arrays;
import java.util.stream.Collectors;

import uk.gov.local.sectorsupport.common.error.InvalidParameterException;

/** An enum whose wire and database value is a stable kebab-case code, with a human label. */
public interface CodedEnum {

    String code();

    String label();

    /** Parses a request parameter; unknown values are a 400 that lists what is allowed. */
    static <E extends Enum<E> & CodedEnum> E parse(Class<E> type, String parameter, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(parameter,
                        "must be one of: " + allowedCodes(type)));
    }

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName() + " code " + code));
    }

    static <E extends Enum<E> & CodedEnum> String allowedCodes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", "));
    }
}
