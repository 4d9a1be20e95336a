package com.restwise.records.practice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a login's password comes from: a file given on the command line, PGPASSWORD, or what
 * the person typed. It is kept in memory only as long as it is needed and never written
 * anywhere by Restwise.
 */
public final class PracticePassword {

    private PracticePassword() {}

    /** The first line of the file (without its line break), which must be UTF-8 text. */
    public static char[] fromFile(Path file) throws PracticeException {
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(file);
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.length() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] password = new char[end];
            chars.get(password, 0, end);
            Arrays.fill(chars.array(), '\0');
            return password;
        } catch (CharacterCodingException e) {
            throw new PracticeException("practice.password-file", file, "not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new PracticeException("practice.password-file", file, "no such file");
        } catch (IOException e) {
            throw new PracticeException("practice.password-file", file, String.valueOf(e.getMessage()));
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /**
     * From the file when one is given, else from PGPASSWORD (as libpq does), else a message
     * saying how to give one.
     */
    public static char[] fromFileOrEnvironment(Path file, PracticeAddress address) throws PracticeException {
        if (file != null) {
            return fromFile(file);
        }
        String env = System.getenv("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        throw new PracticeException("practice.no-password", address.login() + "@" + address.where());
    }
}
