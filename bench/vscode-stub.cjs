// @ts-check
'use strict';
/**
 * Just enough of the `vscode` API for the benchmark to activate the bundled extension in plain Node and let
 * it lint one document: events, the diagnostic collection, the status bar item, configuration reads that
 * find nothing set, and `workspace.fs.readFile` backed by the real file system (for dist/phrases.json).
 * Registering any provider and subscribing to any event are no-ops; anything else the extension touches
 * that the stub lacks throws, naming the property, so a gap shows up instead of being timed as a no-op.
 */
const { readFile } = require('node:fs/promises');
const path = require('node:path');

class Disposable {
  /** @param {() => void} [fn] */
  constructor(fn) {
    this.fn = fn;
  }
  dispose() {
    this.fn?.();
  }
}

class EventEmitter {
  constructor() {
    /** @type {Set<(e: unknown) => void>} */
    this.listeners = new Set();
    /** @param {(e: unknown) => void} listener */
    this.event = (listener) => {
      this.listeners.add(listener);
      return new Disposable(() => this.listeners.delete(listener));
    };
  }
  /** @param {unknown} value */
  fire(value) {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class Uri {
  /** @param {string} fsPath */
  constructor(fsPath) {
    this.scheme = 'file';
    this.fsPath = fsPath;
    this.path = fsPath;
  }
  /** @param {string} p */
  static file(p) {
    return new Uri(path.resolve(p));
  }
  /** @param {string} value */
  static parse(value) {
    const uri = new Uri(value);
    uri.scheme = value.split(':')[0] ?? '';
    return uri;
  }
  /** @param {Uri} base @param {...string} parts */
  static joinPath(base, ...parts) {
    return new Uri(path.join(base.fsPath, ...parts));
  }
  toString() {
    return this.scheme === 'file' ? `file://${this.fsPath}` : this.fsPath;
  }
}

class Position {
  /** @param {number} line @param {number} character */
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  /** @param {number} a @param {number} b @param {number} c @param {number} d */
  constructor(a, b, c, d) {
    this.start = new Position(a, b);
    this.end = new Position(c, d);
  }
}

class Diagnostic {
  /** @param {Range} range @param {string} message @param {number} severity */
  constructor(range, message, severity) {
    this.range = range;
    this.message = message;
    this.severity = severity;
  }
}

class CodeActionKind {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
  }
  /** @param {string} part */
  append(part) {
    return new CodeActionKind(`${this.value}.${part}`);
  }
}
CodeActionKind.QuickFix = new CodeActionKind('quickfix');
CodeActionKind.SourceFixAll = new CodeActionKind('source.fixAll');

const noop = () => new Disposable();
/** Configuration in which the user set nothing. */
const emptyConfiguration = { inspect: () => undefined, get: () => undefined, has: () => false, update: async () => undefined };
const openEmitter = new EventEmitter();

/** @type {Record<string, unknown>} */
const api = {
  Disposable,
  EventEmitter,
  Uri,
  Position,
  Range,
  Diagnostic,
  DiagnosticRelatedInformation: class {
    /** @param {unknown} location @param {string} message */
    constructor(location, message) {
      this.location = location;
      this.message = message;
    }
  },
  Location: class {
    /** @param {Uri} uri @param {Range} range */
    constructor(uri, range) {
      this.uri = uri;
      this.range = range;
    }
  },
  MarkdownString: class {
    /** @param {string} value */
    constructor(value) {
      this.value = value;
    }
  },
  ThemeColor: class {
    /** @param {string} id */
    constructor(id) {
      this.id = id;
    }
  },
  SemanticTokensLegend: class {
    /** @param {string[]} tokenTypes @param {string[]} [tokenModifiers] */
    constructor(tokenTypes, tokenModifiers = []) {
      this.tokenTypes = tokenTypes;
      this.tokenModifiers = tokenModifiers;
    }
  },
  CodeActionKind,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  EndOfLine: { LF: 1, CRLF: 2 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  QuickPickItemKind: { Separator: -1, Default: 0 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  window: {
    activeTextEditor: undefined,
    createOutputChannel: () => ({ info() {}, warn() {}, error() {}, debug() {}, trace() {}, appendLine() {}, dispose() {} }),
    createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
    onDidChangeActiveTextEditor: noop,
    onDidChangeTextEditorSelection: noop,
    showErrorMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showInformationMessage: async () => undefined,
  },
  workspace: {
    workspaceFolders: undefined,
    isTrusted: true,
    textDocuments: [],
    fs: { readFile: async (/** @type {Uri} */ uri) => new Uint8Array(await readFile(uri.fsPath)) },
    getConfiguration: () => emptyConfiguration,
    createFileSystemWatcher: () => ({ onDidChange: noop, onDidCreate: noop, onDidDelete: noop, dispose() {} }),
    onDidOpenTextDocument: openEmitter.event,
    onDidChangeTextDocument: noop,
    onDidSaveTextDocument: noop,
    onDidCloseTextDocument: noop,
    onDidChangeConfiguration: noop,
    onDidGrantWorkspaceTrust: noop,
  },
  languages: {
    createDiagnosticCollection: () => {
      const entries = new Map();
      return {
        set: (/** @type {Uri} */ uri, /** @type {unknown} */ diagnostics) => entries.set(uri.toString(), diagnostics),
        get: (/** @type {Uri} */ uri) => entries.get(uri.toString()),
        delete: (/** @type {Uri} */ uri) => entries.delete(uri.toString()),
        dispose() {},
      };
    },
    registerCodeActionsProvider: noop,
  },
  commands: { registerCommand: noop },
};

/**
 * Throws on any property the stub does not provide, at any depth.
 * @param {object} target
 * @param {string} where
 * @returns {any}
 */
function strict(target, where) {
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === 'symbol' || key === 'then' || key === '__esModule' || key === 'default') return Reflect.get(object, key);
      if (!(key in object)) {
        // Registering a provider or listening to an event needs no behaviour here: new ones get a no-op.
        if (/^(?:register[A-Z]|on[A-Z])/.test(key)) return noop;
        throw new Error(`bench vscode stub: ${where}.${key} is not implemented`);
      }
      const value = Reflect.get(object, key);
      return value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype ? strict(value, `${where}.${key}`) : value;
    },
  });
}

/** For the benchmark: opens a document in the fake editor (fires onDidOpenTextDocument). */
api.__openDocument = (/** @type {string} */ file, /** @type {string} */ text) => {
  const document = { uri: Uri.file(file), fileName: file, languageId: 'outreach', version: 1, isClosed: false, eol: 1, getText: () => text };
  openEmitter.fire(document);
  return document;
};

module.exports = strict(api, 'vscode');
