/**
 * A reader who stops reading (`npm start | head`) closes the output; the program then ends quietly, as Unix tools
 * do, instead of with a stack trace for the write that could not land.
 */
export function endWhenOutputCloses(output: NodeJS.WritableStream = process.stdout): void {
  output.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
}
