package dev.dvt.compiler.jinja;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import com.hubspot.jinjava.interpret.InterpretException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Per-thread bookkeeping for one render: the stack of frames (the template, then each macro being
 * evaluated) with the file and line being rendered, the value a {@code return()} stored, and the
 * first error raised. jinjava swallows exceptions thrown inside {{ }} into its error list, so
 * {@code return()} and failures are recorded here and the node pre-processor stops the render at
 * the next node.
 */
final class RenderState {

    private static final ThreadLocal<Deque<RenderState>> ACTIVE = ThreadLocal.withInitial(ArrayDeque::new);

    /** Thrown by the pre-processor to unwind a macro after {@code return()}. */
    static final class ReturnSignal extends InterpretException {
        private static final long serialVersionUID = 1L;

        ReturnSignal() {
            super("return");
        }
    }

    /** One template or macro body being rendered. */
    static final class Frame {
        final Path file;
        int line;
        boolean returned;
        Object returnValue;

        Frame(Path file, int line) {
            this.file = file;
            this.line = line;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final RenderContext context;
    private DvtException error;

    private RenderState(RenderContext context) {
        this.context = context;
    }

    static RenderState enter(Path file, RenderContext context) {
        RenderState state = new RenderState(context);
        state.frames.push(new Frame(file, 1));
        ACTIVE.get().push(state);
        return state;
    }

    void exit() {
        ACTIVE.get().remove(this);
    }

    static RenderState current() {
        RenderState state = ACTIVE.get().peek();
        if (state == null) {
            throw new DvtException(ErrorCode.INTERNAL, "A Jinja function was called outside of a DVT render");
        }
        return state;
    }

    RenderContext context() {
        return context;
    }

    Frame push(Path file, int line) {
        Frame frame = new Frame(file, line);
        frames.push(frame);
        return frame;
    }

    void pop(Frame frame) {
        frames.remove(frame);
    }

    Frame top() {
        return frames.peek();
    }

    /** Called before every node renders. */
    void beforeNode(int line) {
        if (error != null) {
            throw error;
        }
        Frame frame = frames.peek();
        if (frame.returned) {
            throw new ReturnSignal();
        }
        frame.line = line;
    }

    void returnValue(Object value) {
        Frame frame = frames.peek();
        frame.returned = true;
        frame.returnValue = value;
    }

    DvtException error() {
        return error;
    }

    /**
     * Records {@code failure} as the render's error unless one is already recorded (the innermost
     * place that sees an error knows its file and line best), and returns the recorded error.
     */
    DvtException fail(Throwable failure) {
        if (error == null) {
            error = toDvtException(failure, frames.peek());
        }
        return error;
    }

    private static DvtException toDvtException(Throwable failure, Frame frame) {
        if (failure instanceof DvtException dvt) {
            if (dvt.file().isPresent() || frame == null) {
                return dvt;
            }
            return new DvtException(dvt.code(), dvt.getMessage(), frame.file, frame.line, dvt);
        }
        int line = frame == null ? 0 : frame.line;
        if (line <= 0 && failure instanceof InterpretException ie && ie.getLineNumber() > 0) {
            line = ie.getLineNumber();
        }
        return new DvtException(ErrorCode.COMPILATION, describe(failure), frame == null ? null : frame.file,
                line, failure);
    }

    /** The most specific message in a jinjava exception chain. */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        String message = null;
        while (cause != null) {
            if (cause instanceof DvtException) {
                return cause.getMessage();
            }
            if (cause.getMessage() != null && !cause.getMessage().equals("Error rendering tag")) {
                message = cause.getMessage();
                if (!(cause instanceof InterpretException) || cause.getCause() == null) {
                    break;
                }
            }
            cause = cause.getCause();
        }
        return message == null ? failure.toString() : message;
    }
}
