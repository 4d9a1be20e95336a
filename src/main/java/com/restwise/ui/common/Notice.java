package com.restwise.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.util.Duration;

/**
 * The one line at the top of a screen that says what just happened ("Saved to Anna Berger.") or
 * what went wrong. Its value is the text shown, so views bind a label to it; what it holds is
 * the message, not the finished words, so a change of language says it again in the new one.
 *
 * <p>A notice does not stay for ever: the person can close it, it leaves when another page is
 * shown (it was about the page it was said on), and news leaves by itself after long enough to
 * read it. A problem stays until closed or until the page changes: it must not slip away unread.
 *
 * <p>It is a string property so that places which only have finished words can still
 * {@link #set} them; such a text cannot be translated and is cleared when the language changes.
 */
public final class Notice extends SimpleStringProperty {

    /** Some words, said in a given language. */
    @FunctionalInterface
    public interface Message {
        String in(I18n i18n);

        static Message of(String key, Object... args) {
            return new Keyed(key, args.clone());
        }
    }

    /** A message from the bundle: its key and what fills its placeholders (a message among them in the same language). */
    private record Keyed(String key, Object[] args) implements Message {
        @Override
        public String in(I18n i18n) {
            Object[] said = args.clone();
            for (int i = 0; i < said.length; i++) {
                if (said[i] instanceof Message part) {
                    said[i] = part.in(i18n);
                }
            }
            return i18n.get(key, said);
        }
    }

    /** The least time news stays, and what each character adds for reading it. */
    static final Duration LEAST = Duration.seconds(5);

    static final Duration PER_CHARACTER = Duration.millis(60);
    static final Duration MOST = Duration.seconds(20);

    private final Delay delay;
    private I18n i18n;
    private Message message;
    /** The page the notice was said on; null until a page is shown (notices at start-up). */
    private Object page;

    private Object currentPage;
    private Runnable cancelTimeout = () -> {};

    public Notice(Delay delay) {
        super("");
        this.delay = delay;
    }

    /** News ("Saved to ..."): leaves by itself once read. */
    public void show(String key, Object... args) {
        say(Message.of(key, args), true);
    }

    /** News in words put together from several texts. */
    public void show(Message composed) {
        say(composed, true);
    }

    /** A problem: stays until closed, replaced, or the page changes. */
    public void warn(String key, Object... args) {
        say(Message.of(key, args), false);
    }

    /** Finished words that cannot follow a change of language; they stay like a problem. */
    @Override
    public void set(String text) {
        say(text == null || text.isEmpty() ? null : new Literal(text), false);
    }

    /** Finished words: told apart from a message so a change of language clears them. */
    private record Literal(String words) implements Message {
        @Override
        public String in(I18n i18n) {
            return words;
        }
    }

    /**
     * Says what is running (finished words, like {@link #set}); the returned action takes it back
     * when the work is done, unless something else has been said since.
     */
    public Runnable sayRunning(String text) {
        Literal said = new Literal(text);
        say(said, false);
        return () -> {
            if (message == said) {
                dismiss();
            }
        };
    }

    /** Closed by the person, or no longer true. */
    public void dismiss() {
        say(null, false);
    }

    /** Clears the notice only if it is this message (a problem the next attempt solved). */
    public void dismiss(String key) {
        if (message instanceof Keyed keyed && keyed.key().equals(key)) {
            dismiss();
        }
    }

    /** Whether a notice is shown. */
    public boolean showing() {
        return message != null;
    }

    /**
     * Another page is on screen: a notice said on an earlier page leaves. One said before any
     * page was shown (at start-up) belongs to the first page.
     */
    public void pageShown(Object shown) {
        currentPage = shown;
        if (message == null) {
            return;
        }
        if (page == null) {
            page = shown;
        } else if (!page.equals(shown)) {
            dismiss();
        }
    }

    /** The language the notice is said in; the notice shown is said again in it. */
    public void translate(I18n language) {
        boolean changed = i18n != null && !i18n.lang().equals(language.lang());
        i18n = language;
        if (changed && message instanceof Literal) {
            dismiss();
        } else {
            render();
        }
    }

    /** How long news of this many characters stays. */
    static Duration readingTime(int characters) {
        Duration time = LEAST.add(PER_CHARACTER.multiply(characters));
        return time.greaterThan(MOST) ? MOST : time;
    }

    private void say(Message said, boolean news) {
        cancelTimeout.run();
        cancelTimeout = () -> {};
        message = said;
        page = currentPage;
        render();
        if (said != null && news) {
            cancelTimeout = delay.after(readingTime(get().length()), () -> {
                if (message == said) {
                    dismiss();
                }
            });
        }
    }

    /** Before the first page there is no language yet: a message waits for it, finished words do not. */
    private void render() {
        if (message instanceof Literal literal) {
            super.set(literal.words());
        } else {
            super.set(message == null || i18n == null ? "" : message.in(i18n));
        }
    }
}
