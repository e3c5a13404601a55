/**
 * schema.org `Question`/`Answer` JSON-LD of a product's questions: the browser writes it
 * beside `<sc-questions>`, and the reference server puts it in the product's JSON-LD as
 * `subjectOf`. Private answers never go in: only the asker may read them.
 */

/** The parts of an answer that go into JSON-LD. */
export interface JsonLdAnswerSource {
  readonly text: string;
  readonly author: string;
  readonly shop: boolean;
  readonly private: boolean;
  readonly helpful: number;
  readonly createdAt: string;
}

/** The parts of a question that go into JSON-LD. */
export interface JsonLdQuestionSource {
  readonly text: string;
  readonly author: string;
  readonly createdAt: string;
  readonly answers: readonly JsonLdAnswerSource[];
}

interface AnswerJsonLd {
  readonly '@type': 'Answer';
  readonly text: string;
  readonly dateCreated: string;
  readonly upvoteCount: number;
  readonly author?: { readonly '@type': 'Person'; readonly name: string };
}

export interface QuestionJsonLd {
  readonly '@type': 'Question';
  readonly name: string;
  readonly text: string;
  readonly dateCreated: string;
  readonly author: { readonly '@type': 'Person'; readonly name: string };
  readonly answerCount: number;
  /** The shop's first public answer. */
  readonly acceptedAnswer?: AnswerJsonLd;
  /** Customers' answers. */
  readonly suggestedAnswer?: AnswerJsonLd[];
}

const answerJsonLd = (answer: JsonLdAnswerSource): AnswerJsonLd => ({
  '@type': 'Answer',
  text: answer.text,
  dateCreated: answer.createdAt,
  upvoteCount: answer.helpful,
  // A shop answer written with the secret key names no member: no author rather than a made-up one.
  ...(answer.author ? { author: { '@type': 'Person', name: answer.author } } : {}),
});

export function questionJsonLd(question: JsonLdQuestionSource): QuestionJsonLd {
  const answers = question.answers.filter((answer) => !answer.private);
  const accepted = answers.find((answer) => answer.shop);
  const suggested = answers.filter((answer) => answer !== accepted);
  return {
    '@type': 'Question',
    name: question.text,
    text: question.text,
    dateCreated: question.createdAt,
    author: { '@type': 'Person', name: question.author },
    answerCount: answers.length,
    ...(accepted ? { acceptedAnswer: answerJsonLd(accepted) } : {}),
    ...(suggested.length ? { suggestedAnswer: suggested.map(answerJsonLd) } : {}),
  };
}
