// os.Stdout / os.Stderr as values: the file descriptor fmt.Fprint* writes to.
export class OsFile {
  constructor(readonly fd: 1 | 2) {}
}
export const osStdout = new OsFile(1);
export const osStderr = new OsFile(2);
