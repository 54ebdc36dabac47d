import { useLayoutEffect, useRef } from 'react';

interface Props {
  questions: string[];
  onChange: (questions: string[]) => void;
}

/**
 * Questions to ask, one per line. Enter starts a new question below, Backspace on an empty one
 * removes it, so the list can be written without touching the mouse.
 */
export function QuestionsEditor({ questions, onChange }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // Which question to focus once the list has re-rendered with the change that asked for it.
  const focusAfterRender = useRef<number | null>(null);
  const setFocusIndex = (index: number) => (focusAfterRender.current = index);

  useLayoutEffect(() => {
    if (focusAfterRender.current === null) return;
    list.current?.querySelectorAll('input')[focusAfterRender.current]?.focus();
    focusAfterRender.current = null;
  });

  const insertAfter = (index: number) => {
    onChange([...questions.slice(0, index + 1), '', ...questions.slice(index + 1)]);
    setFocusIndex(index + 1);
  };

  const remove = (index: number) => {
    onChange(questions.filter((_, i) => i !== index));
    if (questions.length > 1) setFocusIndex(Math.max(0, index - 1));
  };

  return (
    <fieldset className="questions-editor">
      <legend>Questions to ask</legend>
      <ol ref={list} className="question-list">
        {questions.map((question, index) => (
          <li key={index}>
            <div className="question-row">
              <label htmlFor={`briefing-question-${index}`} className="visually-hidden">
                Question {index + 1}
              </label>
              <input
                id={`briefing-question-${index}`}
                value={question}
                placeholder="What would you ask a peer who knows their business?"
                onChange={(event) =>
                  onChange(questions.map((q, i) => (i === index ? event.target.value : q)))
                }
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    insertAfter(index);
                  } else if (event.key === 'Backspace' && question === '') {
                    event.preventDefault();
                    remove(index);
                  }
                }}
              />
              <button
                type="button"
                className="button small subtle"
                aria-label={`Remove question ${index + 1}`}
                onClick={() => remove(index)}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button small"
        onClick={() => insertAfter(questions.length - 1)}
      >
        Add question
      </button>
      <span className="field-hint">
        {' '}
        <kbd>Enter</kbd> in a question adds the next one.
      </span>
    </fieldset>
  );
}
