// Every test process may check openers (directly, through the backend or the sample data), so the
// checker's language model loader is registered here as the backend registers it. It costs
// nothing until a test checks something: the model loads on the first check.
import '../../src/main/checker-model';
